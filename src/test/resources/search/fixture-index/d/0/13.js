BulletinSearch.register({"k":"d","i":13,"u":"issues/2023/17/05-yueyang.html","t":"容缺受理","c":"岳阳","s":"yueyang","r":"zhuanbao","n":17,"y":2023,"a":"2023-09-28","e":"测试","x":"推行容缺办，审批提速。"});
