# A __del__ that makes new cyclic garbage each time it runs: python3 exits
# (its shutdown collects a bounded number of times); heapviz's too.
class D:
    def __del__(self):
        n = D(); n.self = n
d = D(); d.self = d; del d
print('end')
