BulletinSearch.register({"k":"f","c":"b678955431ac2b005","r":"150019"});
