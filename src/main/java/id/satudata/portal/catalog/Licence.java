package id.satudata.portal.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A licence a dataset is released under.
 *
 * @param id SPDX-style identifier, such as CC-BY-4.0 (the default)
 * @param open whether it is an open licence (Open Definition)
 */
public record Licence(String id, String title, @Nullable String url, boolean open) {

    public static final String DEFAULT = "CC-BY-4.0";

}
