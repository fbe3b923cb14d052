package dev.aliendb.storage.pager;

/**
 * The daemon thread that runs one store's automatic WAL checkpoints, so that committing threads never copy
 * pages themselves.
 * <p>
 * Guarantees: the thread is started by the first {@link #request} and exits after {@value #IDLE_MILLIS} ms
 * without one (a store that is never closed, e.g. after a simulated crash, keeps no thread for long) or
 * when {@link #stop} is called, which waits for a run in progress; requests coalesce: any number made while
 * a run is in progress cause exactly one more run. The task handles its own failures (the store records
 * them and refuses further work, see {@code PagerStore}); the thread survives them. A ticket from
 * {@link #request} lets a committer wait (back-pressure) until a run that began after its request ended.
 */
final class BackgroundCheckpointer {
    static final long IDLE_MILLIS = 2_000;

    private final String name;
    private final Runnable task;
    private Thread thread;
    /** Tickets handed out so far; the run covering ticket t starts after t was requested. */
    private long requested;
    private long started;
    private long completed;
    private boolean stopped;

    BackgroundCheckpointer(String name, Runnable task) {
        this.name = name;
        this.task = task;
    }

    /** Asks for a run soon; returns the ticket to {@link #await} (0 once stopped). */
    synchronized long request() {
        if (stopped) {
            return 0;
        }
        requested++;
        if (thread == null) {
            thread = new Thread(this::loop, name);
            thread.setDaemon(true);
            thread.start();
        } else {
            notifyAll();
        }
        return requested;
    }

    /** Waits until the run covering {@code ticket} has ended, or the checkpointer stopped; interrupts end the wait. */
    synchronized void await(long ticket) {
        while (completed < ticket && !stopped) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Waits until every run requested so far has ended (or the checkpointer stopped). */
    void awaitRequested() {
        long ticket;
        synchronized (this) {
            ticket = requested;
        }
        await(ticket);
    }

    /** Stops the thread for good, waiting for a run in progress (never call while holding a lock the task takes). */
    void stop() {
        Thread running;
        synchronized (this) {
            stopped = true;
            notifyAll();
            running = thread;
        }
        if (running == null || running == Thread.currentThread()) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                running.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        while (true) {
            long target;
            synchronized (this) {
                long idleUntil = System.currentTimeMillis() + IDLE_MILLIS;
                while (started == requested && !stopped) {
                    long left = idleUntil - System.currentTimeMillis();
                    if (left <= 0) {
                        thread = null;
                        return;
                    }
                    try {
                        wait(left);
                    } catch (InterruptedException e) {
                        // nobody interrupts this thread but stop()'s notify; keep waiting
                    }
                }
                if (stopped) {
                    thread = null;
                    notifyAll();
                    return;
                }
                target = requested;
                started = target;
            }
            try {
                task.run();
            } finally {
                synchronized (this) {
                    completed = target;
                    notifyAll();
                }
            }
        }
    }
}
