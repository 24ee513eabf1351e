//! Independent work shared among the machine's cores: a map over items whose costs differ
//! (files of any size, pairs of any length), each worker taking the next item when it is free,
//! results handed back in item order or, for progress, as soon as each is ready.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

/// Below this many words of input, a comparison runs on one thread: starting one costs tens of
/// microseconds (far more on a loaded machine, where it waits to be scheduled), more than a
/// news pair takes to compare; a rank of thousands of pairs gets its parallelism from [`map`],
/// pair by pair. Above it (books), the two halves of each step run on two cores.
pub const WORDS_WORTH_A_THREAD: usize = 20_000;

/// `a` and `b`, on two threads when `worth_a_thread` (`a` on the new one), else one after the
/// other. A panic in either is raised on the calling thread.
pub fn join<A: Send, B>(
    worth_a_thread: bool,
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B,
) -> (A, B) {
    if !worth_a_thread {
        let a = a();
        return (a, b());
    }
    std::thread::scope(|scope| {
        let job = scope.spawn(a);
        let b = b();
        match job.join() {
            Ok(a) => (a, b),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// Threads used for a map: one per core, but never more than there are items.
pub fn workers(items: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    cores.min(items).max(1)
}

/// `f` applied to every item; the results in item order.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
    map_with(items, || (), |_, i, item| f(i, item))
}

/// Like [`map`], each worker keeping a state made by `init` (buffers reused from one item to
/// the next).
pub fn map_with<T: Sync, R: Send, S>(
    items: &[T],
    init: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, usize, &T) -> R + Sync,
) -> Vec<R> {
    let workers = workers(items.len());
    if workers <= 1 {
        let mut state = init();
        return items
            .iter()
            .enumerate()
            .map(|(i, item)| f(&mut state, i, item))
            .collect();
    }
    // PERF: each worker keeps its results until the end: no channel to cross, no thread to
    // wake per item (ten thousand small files).
    let next = AtomicUsize::new(0);
    let parts: Vec<Vec<(usize, R)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                let (next, init, f) = (&next, &init, &f);
                scope.spawn(move || {
                    let mut state = init();
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        mine.push((i, f(&mut state, i, item)));
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    let mut slots: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    for (i, result) in parts.into_iter().flatten() {
        slots[i] = Some(result);
    }
    // Every item was taken by a worker that did not panic, so every slot is filled.
    slots.into_iter().flatten().collect()
}

/// `f` applied to every item, each worker keeping a state made by `init`; each result is
/// shown to `done` on the calling thread as soon as it is ready (in the order they finish),
/// then all are returned in item order. When `done` returns false the work stops (items not
/// yet started are never started) and the result is None: the caller cancelled.
///
/// A panic in `f` is not swallowed: it is raised again on the calling thread.
pub fn map_reporting<T: Sync, R: Send, S>(
    items: &[T],
    init: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, usize, &T) -> R + Sync,
    mut done: impl FnMut(usize, &R) -> bool,
) -> Option<Vec<R>> {
    let workers = workers(items.len());
    if workers <= 1 {
        // PERF: one core (or one item): no thread to start, no channel to cross.
        let mut state = init();
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let result = f(&mut state, i, item);
            if !done(i, &result) {
                return None;
            }
            out.push(result);
        }
        return Some(out);
    }
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let mut slots: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    let mut cancelled = false;
    std::thread::scope(|scope| {
        let (sender, receiver) = mpsc::channel::<(usize, R)>();
        let mut handles = Vec::with_capacity(workers);
        for _ in 0..workers {
            let sender = sender.clone();
            let (next, stop, init, f) = (&next, &stop, &init, &f);
            handles.push(scope.spawn(move || {
                let mut state = init();
                while !stop.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    if sender.send((i, f(&mut state, i, item))).is_err() {
                        break;
                    }
                }
            }));
        }
        // Only the workers hold senders now: the loop ends when the last one is done.
        drop(sender);
        for (i, result) in receiver {
            if !cancelled && !done(i, &result) {
                cancelled = true;
                stop.store(true, Ordering::Relaxed);
            }
            slots[i] = Some(result);
        }
        for handle in handles {
            if let Err(panic) = handle.join() {
                std::panic::resume_unwind(panic);
            }
        }
    });
    if cancelled {
        return None;
    }
    // Every item was taken by a worker that did not panic, so every slot is filled.
    slots.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_item_order_and_each_is_reported_once() {
        let items: Vec<u64> = (0..500).collect();
        let mut seen = vec![0u32; items.len()];
        let out = map_reporting(
            &items,
            || (),
            |_, _, &x| {
                // Uneven costs, so that workers finish out of order.
                for _ in 0..(x % 7) * 200 {
                    std::hint::black_box(x);
                }
                x * x
            },
            |i, r| {
                seen[i] += 1;
                assert_eq!(*r, items[i] * items[i]);
                true
            },
        )
        .expect("not cancelled");
        assert_eq!(out, items.iter().map(|x| x * x).collect::<Vec<_>>());
        assert!(seen.iter().all(|&n| n == 1), "each result reported once");
        assert_eq!(map(&[] as &[u8], |_, &b| b), Vec::<u8>::new());
    }

    #[test]
    fn cancelling_stops_the_work_and_says_so() {
        let items: Vec<usize> = (0..10_000).collect();
        let started = AtomicUsize::new(0);
        let mut reported = 0;
        let out = map_reporting(
            &items,
            || (),
            |_, _, &x| {
                started.fetch_add(1, Ordering::Relaxed);
                std::thread::sleep(std::time::Duration::from_micros(50));
                x
            },
            |_, _| {
                reported += 1;
                reported < 10
            },
        );
        assert!(out.is_none());
        assert!(
            started.load(Ordering::Relaxed) < items.len(),
            "work stopped early: {} of {}",
            started.load(Ordering::Relaxed),
            items.len()
        );
    }

    #[test]
    fn each_worker_keeps_its_own_state() {
        let items: Vec<u32> = (0..1000).collect();
        // Each worker counts the items it took: the counts it saw only grow by one.
        let out = map_with(
            &items,
            || 0u32,
            |seen, _, &x| {
                *seen += 1;
                (*seen, x)
            },
        );
        assert!(out.iter().enumerate().all(|(i, &(_, x))| x == i as u32));
        let firsts = out.iter().filter(|&&(seen, _)| seen == 1).count();
        assert!((1..=workers(items.len())).contains(&firsts), "{firsts}");
    }

    #[test]
    fn join_gives_both_results_on_one_thread_or_two() {
        for threads in [false, true] {
            let mut here = 0;
            let (a, b) = join(
                threads,
                || 2 + 2,
                || {
                    here += 1;
                    "b"
                },
            );
            assert_eq!((a, b, here), (4, "b", 1));
        }
        let caught = std::panic::catch_unwind(|| join(true, || panic!("in a"), || 1));
        assert!(caught.is_err());
    }

    #[test]
    fn a_panic_in_a_worker_reaches_the_caller() {
        let items = [1, 2, 3, 4];
        let caught = std::panic::catch_unwind(|| {
            map(&items, |_, &x| {
                assert!(x != 3, "item three");
                x
            })
        });
        assert!(caught.is_err());
    }
}
