# The generation-0 count after "Exception ignored in" reports.  Printing a
# tuple first uses the list and tuple free lists; the default unraisable hook
# then needs a 1-tuple, two 2-tuples, a 4-tuple, a dict, a list and a slice
# while it opens this file to quote the line.  Objects it takes from a free
# list and gives back change nothing; one it must make new and then parks in
# its free list leaves the count one higher.
import gc


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        raise RuntimeError("leaked " + self.name)


print(gc.get_count())
r = Resource("first")
del r
print("after one report", gc.get_count())
r = Resource("second")
r = Resource("third")
print("after two reports", gc.get_count())
del r
print("after three reports", gc.get_count())
