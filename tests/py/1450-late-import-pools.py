# A late `import tracemalloc` (after the program made a str by +=) leaves
# the pools as python3's import leaves them: the 96-byte class's head pool
# holds one free block.  list repr's int str (81 bytes) takes it, filling
# that pool, so the writer's grown buffer (the result, 83 bytes) comes from
# the next pool; freeing the int str puts the full pool back at the front
# (insert_to_usedpool), and capitalize()'s 89-byte str takes that block,
# not the repr's (cut from gen.py seed 36900080).
sb1 = ''
for i in range(2):
    sb1 += '%-6s%5d%8.2f\n' % ('r' + str(i), i * 640, i / 4)
import tracemalloc
tm3 = [40000000000000000000000000000297]
t8 = repr(tm3)
t9 = id(t8)
del t8
t10 = sb1.capitalize()
print(id(t10) == t9)
