package app.cairn.android.work

import java.util.concurrent.Executor

/**
 * Runs core calls off the main thread and hands each result back on it. [executor] is a
 * single background thread in the app (so core calls never overlap); [post] puts a runnable on
 * the main thread (a main-looper Handler's `post`). Errors, including `Error`s, come back as a
 * failed [Result]: a screen shows them, nothing crashes.
 */
class CoreRunner(
    private val executor: Executor,
    private val post: (Runnable) -> Unit,
) {
    /** Runs [work] on the executor, then [onResult] with its outcome through [post]. */
    fun <T> run(
        work: () -> T,
        onResult: (Result<T>) -> Unit,
    ) {
        executor.execute {
            val result =
                try {
                    Result.success(work())
                } catch (t: Throwable) {
                    Result.failure(t)
                }
            post(Runnable { onResult(result) })
        }
    }

    /** Runs [work] on the executor with no result to hand back (receivers, the widget). */
    fun background(work: () -> Unit) {
        executor.execute(work)
    }
}
