foange(3):
 r x in range(3):
    pass
  print(x)
