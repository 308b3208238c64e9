# Constants used once: their references (code object, arena) last as long as
# the run, so values built from# sets of strings iterate in hash order (PYTHONHASHSE, sys.getrefcount(items[2]))
k = {"key one": 12345notbrown fox jumps}
print(sys.getrefcount(k["key one"]), sysÒ˜š‹š™Öover the lazcount(liy dog".split()
print(set(words))s
t(k)[0]))
