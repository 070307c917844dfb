CREATE TABLE testplugin_thing (
    id      VARCHAR(36) NOT NULL PRIMARY KEY,
    title   VARCHAR(200) NOT NULL,
    body    ${text},
    done    ${bool} NOT NULL,
    at      ${ts} NOT NULL
);
