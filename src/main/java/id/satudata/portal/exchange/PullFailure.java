package id.satudata.portal.exchange;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Why a pull attempt did not load: a stable code stored with the attempt, the English
 * text written to the log and the attempt's {@code error} column, and a message key the
 * back office renders in the user's language (the parameters are the same).
 */
public enum PullFailure {

    /** The remote answered with a status other than 2xx; parameter: the status. */
    HTTP_STATUS("HTTP {0}"),
    /**
     * The body was fetched but its rows broke the schema; parameters: the number of
     * errors, the first error's text (translated from its own code when shown).
     */
    ROWS_REFUSED("{0} errors, first: {1}"),
    /** No full answer within the connector's timeout; parameter: the seconds. */
    TIMEOUT("timeout after {0} s"),
    /** The host could not be resolved or refused the connection; parameter: the host. */
    UNREACHABLE("cannot reach {0}"),
    /**
     * Anything else on the way (TLS, a broken connection, a server error of the hub);
     * parameter: the technical detail.
     */
    ERROR("{0}");

    private final String english;

    PullFailure(String english) {
        this.english = english;
    }

    public String messageKey() {
        return "exchange.pull.reason." + name();
    }

    public String english(List<String> params) {
        return new MessageFormat(english, Locale.ROOT).format(params.toArray());
    }

}
