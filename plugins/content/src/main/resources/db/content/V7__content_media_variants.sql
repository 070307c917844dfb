-- Smaller copies of uploaded images, made on first request for a width and kept.
CREATE TABLE content_media_variant (
    blob_id     VARCHAR(80)  NOT NULL,
    width       INTEGER      NOT NULL,
    variant_id  VARCHAR(80)  NOT NULL,
    PRIMARY KEY (blob_id, width)
);
