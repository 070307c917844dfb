package vn.portal.plugins.content;

import java.util.List;
import java.util.Optional;

/**
 * The states an item moves through and who may move it, read from
 * {@code workflows/<name>.json}; a site picks one with its setting {@code content.workflow}.
 * {@code permission} is the action part of {@code content:<action>:<site>}.
 */
public record Workflow(String name, String note, String initial, List<Action> actions) {

    public record Action(String name, List<String> from, String to, String permission, boolean commentRequired) {
    }

    public Optional<Action> action(String name) {
        return actions.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The actions possible from a state. */
    public List<Action> from(String state) {
        return actions.stream().filter(a -> a.from().contains(state)).toList();
    }
}
