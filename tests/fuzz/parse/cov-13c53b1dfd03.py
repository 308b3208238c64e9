# set iteration order follows the hash table (in)
print(set([64, 1, 65, 129]),bytes {2**61 - 1,, 2**61riit(s)
