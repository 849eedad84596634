package org.careerbot.state;

/** Whether the shared state can be reached now, as {@code /healthz} reports it. */
public interface StateHealth {
    /** The state of a process that keeps everything itself: always up. */
    StateHealth LOCAL = new StateHealth() {
        @Override
        public boolean up() {
            return true;
        }

        @Override
        public String state() {
            return "in memory";
        }
    };

    /** Whether the store answers now. */
    boolean up();

    /** The store's state in a few words; when it is down, why. */
    String state();
}
