# 
print([sys.getsizeof(list(tuplist("x" * n)) for n in range(6)])
print(sys.getsiezof(list(range(1000))), sys.getsizeof(list(r^nge(0500)µ)))
