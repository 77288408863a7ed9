package id.satudata.portal.ops;

import java.nio.file.Path;

/**
 * A folder outside the data dir whose files belong in every backup (folders inside the
 * data dir are included by themselves unless excluded in
 * {@code satudata.ops.backup-exclude}).
 */
public interface BackupContributor {

    /** Name of the folder inside the archive ({@code files/<name>/...}). */
    String name();

    Path folder();

}
