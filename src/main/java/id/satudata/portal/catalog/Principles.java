package id.satudata.portal.catalog;

/**
 * The four principles of Satu Data Indonesia (Perpres 39/2019) as a released dataset
 * meets them: standard data (a typed schema), complete metadata (the MS-Ind items), open
 * formats and API (an open licence and rows to download or read), and reference codes (a
 * column of Kemendagri or BPS region codes).
 */
public record Principles(boolean standardData, boolean completeMetadata, boolean openFormats, boolean referenceCodes) {

    /** How many of the four are met. */
    public int met() {
        return (standardData ? 1 : 0) + (completeMetadata ? 1 : 0) + (openFormats ? 1 : 0) + (referenceCodes ? 1 : 0);
    }

}
