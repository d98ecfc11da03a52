BulletinSearch.register({"k":"f","c":"5007286134557","r":"1111111111011"});
