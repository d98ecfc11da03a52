BulletinSearch.register({"k":"d","i":0,"u":"issues/2022/17/01-yueyang.html","t":"容缺受理","c":"岳阳","s":"yueyang","r":"zhuanbao","n":17,"y":2022,"a":"2022-09-29","e":"测试","x":"推行容缺办，审批提速。"});
