# Frames kept from a Traceback iterated inside functions: the Frames are
# allocated by tracemalloc.py's __getitem__ under Sequence.__iter__, and the
# snapshot groups them by that line.
import tracemalloc

def allocate():
    return [[i] for i in range(30)]

def deeper():
    return allocate()

def collect_frames(traceback):
    kept = []
    for frame in traceback:
        kept.append(frame)
    return kept

def count_lines(traceback):
    total = 0
    for frame in reversed(traceback):
        total += frame.lineno
    return total

tracemalloc.start(10)
values = deeper()
snap = tracemalloc.take_snapshot()
tb = snap.statistics("lineno")[0].traceback
frames = collect_frames(tb)
print(len(frames), frames[0].lineno)
print(count_lines(tb))
later = tracemalloc.take_snapshot()
for stat in later.statistics("lineno"):
    frame = stat.traceback[0]
    if frame.lineno == 207 or "abc" in frame.filename:
        print(frame.filename.rsplit("/", 1)[-1], frame.lineno, stat.size, stat.count)
for stat in later.statistics("traceback"):
    names = [f.filename.rsplit("/", 1)[-1] for f in stat.traceback]
    if "tracemalloc.py" in names[-1:]:
        print(names, [f.lineno for f in stat.traceback], stat.size, stat.count)
print(len(later.statistics("traceback")))
