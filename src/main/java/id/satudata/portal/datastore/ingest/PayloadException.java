package id.satudata.portal.datastore.ingest;

import java.util.Arrays;
import java.util.List;

/**
 * A problem that makes the whole payload unreadable (bad syntax, encoding, size): the
 * load stops and is rejected.
 */
public class PayloadException extends RuntimeException {

    private final LoadProblem problem;

    private final long row;

    private final ErrorReason reason;

    private final List<String> params;

    PayloadException(LoadProblem problem, long row, ErrorReason reason, Object... params) {
        this(problem, row, reason, Arrays.stream(params).map(String::valueOf).toList());
    }

    private PayloadException(LoadProblem problem, long row, ErrorReason reason, List<String> params) {
        super(problem + " at row " + row + ": " + reason.english(params));
        this.problem = problem;
        this.row = row;
        this.reason = reason;
        this.params = params;
    }

    LoadProblem problem() {
        return problem;
    }

    long row() {
        return row;
    }

    public ErrorReason reason() {
        return reason;
    }

    public List<String> params() {
        return params;
    }

}
