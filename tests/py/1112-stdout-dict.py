# sys.stdout's and sys.stderr's __dict__: create_stdio set `mode` on each
# stream (PyObject_SetAttr), so each has an instance dict {'mode': 'w'}
# whose value is the one-character latin-1 str; the dict is untracked (a
# str value), held by its stream alone, 184 bytes (one insert into {}).
# sys holds each stream twice (stdout and __stdout__).
import sys
import gc
w = chr(119)
print(sys.stdout.mode is w, sys.stderr.mode is w, sys.stdout.mode is sys.stderr.mode)
print(sys.getrefcount(sys.stdout), sys.getrefcount(sys.stderr))
print(sys.stdout.__dict__, vars(sys.stderr), sys.getsizeof(sys.stdout.__dict__))
print(sys.getrefcount(sys.stdout.__dict__), sys.stdout.__dict__ is sys.stdout.__dict__)
print(sys.stdout.__dict__ is sys.stderr.__dict__, sys.stdout.__dict__ == sys.stderr.__dict__)
print(gc.is_tracked(sys.stdout.__dict__), gc.get_referents(sys.stdout.__dict__))
print(getattr(sys.stdout, 'mode'), hasattr(sys.stdout, 'nothing'), sys.stdout.__dict__.get('mode'))
print(repr(sys.stdout), str(sys.stderr))
try:
    sys.stdout.nothing
except AttributeError as e:
    print(e)
for attempt in ("sys.stdout.__dict__ = {}", "del sys.stderr.__dict__", "sys.stdout.__class__ = int",
                "sys.stderr.encoding = 'ascii'"):
    try:
        exec_target = attempt
        if attempt.startswith("del"):
            del sys.stderr.__dict__
        elif "__dict__" in attempt:
            sys.stdout.__dict__ = {}
        elif "__class__" in attempt:
            sys.stdout.__class__ = int
        else:
            sys.stderr.encoding = 'ascii'
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
