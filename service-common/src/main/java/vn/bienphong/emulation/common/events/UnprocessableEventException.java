package vn.bienphong.emulation.common.events;

/** An event that can never be applied (malformed, unknown type, breaks a rule): it goes to the dead-letter topic. */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String message) {
        super(message);
    }
}
