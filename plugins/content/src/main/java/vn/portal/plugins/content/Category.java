package vn.portal.plugins.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category (chuyên mục) of one site, e.g. "Tin hoạt động", "Cải cách hành chính". */
@Entity
@Table(name = "content_category")
public class Category {

    @Id
    String id;
    @Column(name = "site_key")
    String siteKey;
    String slug;
    @Column(name = "name_vi")
    String nameVi;
    @Column(name = "name_en")
    String nameEn;
    int position;

    String name(String locale) {
        return "en".equals(locale) && nameEn != null ? nameEn : nameVi;
    }
}
