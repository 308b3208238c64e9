# One BINARY_OP instruction, quickened while it adds ints: it specializes
# to BINARY_OP_ADD_INT, misses on every str after, deoptimizes after 53
# misses, waits 31 runs and only then specializes to
# BINARY_OP_INPLACE_ADD_UNICODE.  A failed specialization (int + float)
# backs off 1, 3, 7 ... runs before the next try.
def run(seq):
    out = []
    for i in range(len(seq)):
        s = ('ab' * 3 + str(i % 10)) if seq[i] == 's' else (i if seq[i] == 'i' else 0.5)
        old = id(s)
        s += 'x' if seq[i] == 's' else 1
        out.append(id(s) == old)
    return out

def show(flags):
    print(''.join('T' if f else '.' for f in flags))

show(run('i' * 10 + 's' * 100))
show(run('s' * 60))
show(run('f' * 12 + 's' * 40))
show(run('fs' * 30))

def backoff(seq):
    out = []
    for i in range(len(seq)):
        s = ('cd' * 3 + str(i % 10)) if seq[i] == 's' else 0.5
        old = id(s)
        s += 'y' if seq[i] == 's' else 1
        out.append(id(s) == old)
    return out

show(backoff('f' * 8 + 's' * 40))
show(backoff('f' * 20 + 's' * 30))

def backoff_more(seq):
    out = []
    for i in range(len(seq)):
        s = ('ef' * 3 + str(i % 10)) if seq[i] == 's' else 0.5
        old = id(s)
        s += 'z' if seq[i] == 's' else 1
        out.append(id(s) == old)
    return out

show(backoff_more('f' * 30 + 's' * 40))
