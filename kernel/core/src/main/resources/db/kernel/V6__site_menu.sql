-- Each site's own main-menu entries, after the four required ones (Home, Introduction,
-- Online services, Site map), which are not stored: they are always there. At most two
-- levels: an entry with parent_no belongs to the section entry with that item_no.
-- item_no is the depth-first order of the whole menu of the site.
CREATE TABLE kernel_site_menu (
    site_key    VARCHAR(40)   NOT NULL,
    item_no     INTEGER       NOT NULL,
    parent_no   INTEGER,
    label_vi    VARCHAR(100)  NOT NULL,
    label_en    VARCHAR(100),
    target      VARCHAR(500)  NOT NULL,
    updated_at  ${ts}         NOT NULL,
    PRIMARY KEY (site_key, item_no)
);
