# A custom exception keeps the very tuple its class was called with as
# .args (BaseException_new stores the call's argument tuple), so making
# one costs one tuple, as for a builtin exception; and `raise X from Cls`
# calls Cls, whose error is what gets raised.
import gc
import sys
import tracemalloc

class ValidationError(Exception):
    pass

class FieldError(ValueError):
    def __init__(self, field, problem="missing"):
        super().__init__(f"{field}: {problem}")
        self.field = field

def check(record):
    for name in ("id", "name"):
        if name not in record:
            raise FieldError(name)
    if record["id"] < 0:
        raise ValidationError("negative id", record["id"])
    return True

gc.collect()
tracemalloc.start()
ValidationError("made and dropped", 1)
ValueError("builtin, made and dropped", 2)
for st in tracemalloc.take_snapshot().statistics("lineno"):
    line = str(st).split("/")[-1]
    if not line.startswith("tracemalloc.py"):
        print(line)
tracemalloc.stop()

for rec in ({"id": 1, "name": "a"}, {"id": -4, "name": "b"}, {"name": "c"}):
    try:
        print(check(rec))
    except ValidationError as e:
        print("invalid:", e.args, len(e.args), sys.getsizeof(e.args), sys.getrefcount(e.args))
    except FieldError as e:
        print("field:", e.field, e.args, repr(e))

kept = ValidationError("kept", [1, 2])
print(sys.getrefcount(kept.args), kept.args[1] is kept.args[1], gc.is_tracked(kept))

class NeedsCode(Exception):
    def __init__(self, code):
        super().__init__(code)

try:
    raise ValidationError("outer") from NeedsCode
except TypeError as t:
    print("TypeError:", t, t.__cause__)
try:
    raise ValidationError("outer") from ValidationError
except ValidationError as v:
    print(repr(v), repr(v.__cause__), v.__cause__.args, v.__suppress_context__)
