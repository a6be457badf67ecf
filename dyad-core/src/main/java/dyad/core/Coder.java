package dyad.core;

import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.nlp.NlpPipeline;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The coding pipeline: an article in, its event records out (SPEC section 2). Build one per process (it loads the
 * dictionaries and the CoreNLP models) and share it between threads.
 */
public final class Coder {

    /** How long one article may take by default: an article still being coded then is given up with a reason. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    /** One daemon thread for every coder's alarms: it only interrupts the thread whose article ran out of time. */
    private static final ScheduledThreadPoolExecutor ALARMS = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "dyad-coder-time-limit");
        t.setDaemon(true);
        return t;
    });

    static {
        ALARMS.setRemoveOnCancelPolicy(true);
    }

    private final CodingPipeline pipeline;
    private final Duration timeLimit;

    public Coder() {
        this(DEFAULT_TIME_LIMIT);
    }

    /** @param timeLimit how long one article may take (null: no limit). */
    public Coder(Duration timeLimit) {
        this(timeLimit, new NlpPipeline());
    }

    /** A coder on other sentence analysis ({@link NlpPipeline#conventional()} to compare with the usual preprocessing). */
    public Coder(Duration timeLimit, NlpPipeline nlp) {
        this.pipeline = new CodingPipeline(nlp);
        this.timeLimit = timeLimit;
    }

    /**
     * The event records of one article, in text order.
     *
     * @throws ArticleTimeoutException when the article takes longer than the time limit: the calling thread is
     *     interrupted at the deadline (CoreNLP and the coder's own loops stop on it), then its flag is cleared again
     */
    public List<EventRecord> code(Article article) {
        if (timeLimit == null) return pipeline.run(article);
        Alarm alarm = new Alarm(Thread.currentThread());
        ScheduledFuture<?> pending = ALARMS.schedule(alarm, Math.max(1, timeLimit.toMillis()), TimeUnit.MILLISECONDS);
        try {
            return pipeline.run(article);
        } catch (RuntimeException e) {
            if (alarm.rang()) throw new ArticleTimeoutException(article.id(), timeLimit);
            throw e;
        } finally {
            pending.cancel(false);
            if (alarm.stop()) Thread.interrupted(); // clears our own interrupt, never one that someone else sent
        }
    }

    /** Interrupts the coding thread at the deadline unless the article was done before. */
    private static final class Alarm implements Runnable {
        private final Thread thread;
        private boolean done;
        private boolean rang;

        Alarm(Thread thread) {
            this.thread = thread;
        }

        @Override
        public synchronized void run() {
            if (done) return;
            rang = true;
            thread.interrupt();
        }

        synchronized boolean rang() {
            return rang;
        }

        /** Ends the alarm; true when it had rung (the thread's interrupt flag is then ours to clear). */
        synchronized boolean stop() {
            done = true;
            return rang;
        }
    }
}
