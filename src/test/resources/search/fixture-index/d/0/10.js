BulletinSearch.register({"k":"d","i":10,"u":"issues/2023/14/01-yiyang.html","t":"经济圈建设","c":"益阳","s":"yiyang","r":"zhuanbao","n":14,"y":2023,"a":"2023-08-17","e":"测试","x":"打造商环经济圈，建设营商高地，保护生态环境。"});
