# an exception raised inside a generator propagates to the consuming loop
def reader(lines):
    for n, line in enumerate(lines):
        if not line:
            raise ValueError("empty line at " + str(n))
        yield line.upper()
for out in reader(["alpha", "beta", "", "gamma"]):
    print(out)
