package id.satudata.portal.region;

import org.jspecify.annotations.Nullable;

/** A value of the data that no shape on the map shows, and why. */
public record UnmatchedValue(String code, @Nullable Double value, Reason reason) {

    /** Why a value has no shape. */
    public enum Reason {

        /** Not a code of the map's code system (text, a name, a wrong shape). */
        NOT_A_CODE,
        /** A code of another level than the map's. */
        OTHER_LEVEL,
        /** A well-formed code the region table does not know. */
        UNKNOWN_REGION,
        /** A known region the current boundaries have no shape for. */
        NO_SHAPE,
        /** Another value of the data already names the same region. */
        DUPLICATE

    }

}
