 #eafterytbs literale(5)))
print(b"\00\x7f\
    def __round__(self, n=None): return ("r"=None): return (n ("d: retum"