//! Timing: medians, and figures printed as milliseconds and ratios.
//!
//! The machines this runs on are small and noisy, so the variants take turns within each round
//! (a slow second hurts all of them alike) and each figure is the median of its rounds.

use std::time::{Duration, Instant};

/// Times `run` once.
pub fn time<T>(run: impl FnOnce() -> T) -> (Duration, T) {
    let start = Instant::now();
    let out = run();
    (start.elapsed(), out)
}

/// The median of `samples` (which must not be empty).
pub fn median(samples: &mut [Duration]) -> Duration {
    samples.sort_unstable();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}

/// A duration in milliseconds with three decimals.
pub fn ms(duration: Duration) -> String {
    format!("{:.3} ms", duration.as_secs_f64() * 1000.0)
}

/// `a / b` as a ratio like "1.42x".
pub fn ratio(a: Duration, b: Duration) -> String {
    if b.is_zero() {
        return "-".to_owned();
    }
    format!("{:.2}x", a.as_secs_f64() / b.as_secs_f64())
}
