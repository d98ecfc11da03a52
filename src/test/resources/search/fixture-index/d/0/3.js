BulletinSearch.register({"k":"d","i":3,"u":"issues/2023/11/02-shaoyang.html","t":"审批提速","c":"邵阳","s":"shaoyang","r":"zhuanbao","n":11,"y":2023,"a":"2023-07-06","e":"测试","x":"2023 年共办理审批事项一万件。"});
