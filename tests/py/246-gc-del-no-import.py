# A script that never imports gc: the collection that finds the cycle runs when
# the 701st counted object is made, counting only what python3 made before the script
class D:
    def __del__(self):
        print('collected after', len(x), 'sets')
x = []
d = D()
d.me = d
del d
for i in range(700):
    x.append(set())
print('end', len(x))
