# The default unraisable hook's source read makes the UTF-8
# IncrementalDecoder by calling its class with "s" (codec_makeincremental-
# codec): a class has no vectorcall in 3.11, so _PyObject_MakeTpCall packs
# a 1-tuple ("strict",) then, after the tokenizer's coding-cookie look
# (its 11 KB, the report's peak for a short script).  With the 1-tuple
# free list emptied by a few class statements, the new tuple is traced
# after that peak, not within it.
import tracemalloc

tracemalloc.start()


class Animal:
    pass


class Dog(Animal):
    pass


class Cat(Animal):
    pass


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        raise ValueError("cannot close " + self.name)


for name in ["rex", "tom"]:
    pet = Noisy(name)
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    del pet
    cur, peak = tracemalloc.get_traced_memory()
    print(name, peak - before, cur - before)
