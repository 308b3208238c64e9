# str.title, swapcase and capitalize always map through case_operation's
# PyMem buffer of three UCS4 code points per character (alive while the
# result is made); upper, lower and casefold take it only for a non-ASCII
# str (ASCII has its own fast path).  tracemalloc's peak shows the buffer.
import tracemalloc

words = ['hello world', 'héllo wörld', 'h€llo wörld', 'straße', 'ǆemal', 'ΣΑΣ ΣΑΣ', '', 'a',
         'MiXeD CaSe 123 ' * 20, 'ﬁne ﬂow']
tracemalloc.start()
for w in words:
    for name in ['upper', 'lower', 'title', 'swapcase', 'capitalize', 'casefold']:
        tracemalloc.reset_peak()
        c0 = tracemalloc.get_traced_memory()[0]
        r = getattr(w, name)()
        c1, p1 = tracemalloc.get_traced_memory()
        print(repr(w[:12]), name, repr(r[:12]), len(r), c1 - c0, p1 - c0)
        del r
