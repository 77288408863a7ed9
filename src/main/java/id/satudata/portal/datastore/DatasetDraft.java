package id.satudata.portal.datastore;

import org.jspecify.annotations.Nullable;

/** What the creation form (or an API) gives to create or edit a dataset's record. */
public record DatasetDraft(long opdId, @Nullable Long integrationId, String slug, String title, String description,
        UpdateFrequency updateFrequency, Visibility visibility) {
}
