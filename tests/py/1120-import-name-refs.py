# A module's first import holds its name (sys.modules' key, the spec, the
# module's md_name; tracemalloc's import, the modules it loads too): the
# interned str's count before, after the first import, after a second.
import sys
print(sys.getrefcount("gc"), sys.getrefcount("tracemalloc"))
import gc
print(sys.getrefcount("gc"), sys.getrefcount(gc.__name__), gc.__name__ == "gc")
import gc
print(sys.getrefcount("gc"))
import tracemalloc
print(sys.getrefcount("tracemalloc"), sys.getrefcount("gc"))
