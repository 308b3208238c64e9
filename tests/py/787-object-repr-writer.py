# The default repr, <module.Class object at 0x...>: PyUnicode_FromFormat
# writes it into a buffer of the format's length plus 100 characters, then
# cuts it to size; a built-in type's name is a str made for the call.
import tracemalloc

def measure(label, fn):
    tracemalloc.reset_peak()
    before, _ = tracemalloc.get_traced_memory()
    result = fn()
    after, peak = tracemalloc.get_traced_memory()
    print(label, after - before, peak - before)
    return result

class Plain:
    pass

class Outer:
    class Inner:
        pass

class Odd:
    pass
Odd.__module__ = 42

class Pretend:
    pass
Pretend.__module__ = "builtins"

tracemalloc.start()
for thing in (Plain(), Outer.Inner(), Odd(), Pretend(), object()):
    text = measure(type(thing).__qualname__, lambda: repr(thing))
    print(text[:text.index(" at 0x")], str(thing) == text, format(thing, "") == text)
shown = measure("list of them", lambda: repr([Plain(), Plain()]))
print(shown.count("object at"))
