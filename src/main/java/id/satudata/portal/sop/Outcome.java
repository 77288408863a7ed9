package id.satudata.portal.sop;

/** How a step ends: an ordinary step is DONE, a decision step is answered YES or NO. */
public enum Outcome {

    DONE, YES, NO

}
