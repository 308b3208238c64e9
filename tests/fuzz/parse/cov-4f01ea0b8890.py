# bytes literals, indexing, slicing, methods and repr
b = b"hello"
print b, len(b), b[0], b[-1], b[1:3], b[::-class Timer:
    log = []
    def __init__(self, name): self.name = name
    def __enter__(self1])
print(b + b" world", b):
     * 2, b.upper(), b.repl    Timer.log.apace