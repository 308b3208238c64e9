# A bare raise adds no frame of its own; raise ... from None hides the
# context; raise ... from e chains through frames; errors in handlers.
class Probe:
    def __init__(self, job):
        self.job = job

    def __del__(self):
        self.job()


def bare():
    try:
        return {}["k"]
    except KeyError:
        raise


def hidden():
    try:
        return {}["k"]
    except KeyError:
        raise ValueError("no k") from None


def lookup(table, k):
    return table[k]


def wrapped():
    try:
        return lookup({}, "k")
    except KeyError as e:
        raise RuntimeError("lookup failed") from e


for job in (bare, hidden, wrapped):
    p = Probe(job)
    del p
    print("survived", job.__name__)


def cleanup():
    raise MemoryError("disk gone")


def work():
    try:
        return 1 / 0
    finally:
        cleanup()


try:
    work()
except MemoryError as e:
    print("caught", e, type(e.__context__).__name__)

try:
    wrapped()
except RuntimeError:
    raise
