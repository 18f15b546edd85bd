package io.whyrelu.core.kernel;

/** Whether a provider can run on this JVM, and in either case why, in words a user can act on. */
public record Availability(boolean available, String reason) {

    public static Availability available(String detail) {
        return new Availability(true, detail);
    }

    public static Availability unavailable(String reason) {
        return new Availability(false, reason);
    }
}
