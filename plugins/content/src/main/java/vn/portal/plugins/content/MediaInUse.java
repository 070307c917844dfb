package vn.portal.plugins.content;

import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.rest.ApiProblem;

/** A file that items still show cannot be deleted (409); the REST answer lists those items. */
final class MediaInUse extends ApiProblem {

    private final transient List<MediaLibrary.Usage> usedBy;

    MediaInUse(List<MediaLibrary.Usage> usedBy) {
        super(409, "Tệp đang được " + usedBy.size() + " bài sử dụng; hãy gỡ tệp khỏi các bài đó trước / the file is"
                + " used by " + usedBy.size() + " item(s): remove it from them first", Map.of("id", "in use"));
        this.usedBy = List.copyOf(usedBy);
    }

    List<MediaLibrary.Usage> usedBy() {
        return usedBy;
    }
}
