package id.satudata.portal.datastore;

/**
 * A problem that makes the whole payload unreadable (bad syntax, encoding, size): the
 * load stops and is rejected.
 */
class PayloadException extends RuntimeException {

    private final LoadProblem problem;

    private final long row;

    private final String detail;

    PayloadException(LoadProblem problem, long row, String detail) {
        super(problem + " at row " + row + ": " + detail);
        this.problem = problem;
        this.row = row;
        this.detail = detail;
    }

    LoadProblem problem() {
        return problem;
    }

    long row() {
        return row;
    }

    String detail() {
        return detail;
    }

}
