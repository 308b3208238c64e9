d:e() 
ff eturn,  1(2---
