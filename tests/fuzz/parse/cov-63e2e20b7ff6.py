Ad not not not not not(no=====[========;ot not(no=====[========;======= pass
