var INITIAL_CHECKSUM = 'b0ab13975ab9f0a5f604bc4584a34e34';

var INITIAL_DATA = {
    "territories": [
        {
            "telegram": "http://emergencias.hacklab.com.br/chats/Xis", 
            "id": "Babil\u00f4nia"
        }, 
        {
            "id": "BaixadaFluminense"
        }, 
        {
            "id": "Bangu"
        }, 
        {
            "id": "BelfordRoxo"
        }, 
        {
            "id": "ComplexodaMar\u00e9"
        }, 
        {
            "id": "Gamboa"
        }, 
        {
            "id": "Jacarepagu\u00e1"
        }, 
        {
            "id": "Jacarezinho"
        }, 
        {
            "id": "Lapa"
        }, 
        {
            "id": "Niter\u00f3i"
        }, 
        {
            "id": "Pavuna"
        }, 
        {
            "id": "Prazeres"
        }, 
        {
            "id": "Rocinha"
        }
    ], 
    "meetings": [
        {
            "telegram": "http://emergencias.hacklab.com.br/chats/Xis", 
            "id": "CulturaInf\u00e2ncia"
        }, 
        {
            "id": "CulturaViva"
        }, 
        {
            "id": "Feminismos"
        }, 
        {
            "id": "Hacker"
        }, 
        {
            "id": "M\u00eddiaLivre"
        }, 
        {
            "id": "PovosdeTerreiro"
        }
    ], 
    "spaces": [
        {
            "shortDescription": "", 
            "id": "27", 
            "name": "Acampamento"
        }, 
        {
            "shortDescription": "", 
            "id": "26", 
            "name": "Arcos da Lapa"
        }, 
        {
            "shortDescription": "", 
            "id": "77", 
            "name": "Arpoador"
        }, 
        {
            "shortDescription": "", 
            "id": "82", 
            "name": "Bangu"
        }, 
        {
            "shortDescription": "", 
            "id": "121", 
            "name": "Casar\u00e3o dos Prazeres"
        }, 
        {
            "shortDescription": "", 
            "id": "101", 
            "name": "Catete"
        }, 
        {
            "shortDescription": "", 
            "id": "127", 
            "name": "Cedine - Conselho Estadual dos Direitos do Negro"
        }, 
        {
            "shortDescription": "", 
            "id": "123", 
            "name": "Centro Cultural Donana"
        }, 
        {
            "shortDescription": "", 
            "id": "68", 
            "name": "Circo Voador"
        }, 
        {
            "shortDescription": "", 
            "id": "80", 
            "name": "Duque de Caxias"
        }, 
        {
            "shortDescription": "", 
            "id": "89", 
            "name": "Espa\u00e7o XV"
        }, 
        {
            "shortDescription": "", 
            "id": "25", 
            "name": "Fundi\u00e7\u00e3o Progresso"
        }, 
        {
            "shortDescription": "", 
            "id": "72", 
            "name": "Gamboa"
        }, 
        {
            "shortDescription": "", 
            "id": "78", 
            "name": "Gl\u00f3ria"
        }, 
        {
            "shortDescription": "", 
            "id": "83", 
            "name": "Jacarepagu\u00e1"
        }, 
        {
            "shortDescription": "", 
            "id": "74", 
            "name": "Jacarezinho"
        }, 
        {
            "shortDescription": "", 
            "id": "84", 
            "name": "La Paz"
        }, 
        {
            "shortDescription": "", 
            "id": "125", 
            "name": "Largo da Gl\u00f3ria"
        }, 
        {
            "shortDescription": "", 
            "id": "130", 
            "name": "Leviano Bar"
        }, 
        {
            "shortDescription": "", 
            "id": "79", 
            "name": "Mar\u00e9"
        }, 
        {
            "shortDescription": "", 
            "id": "108", 
            "name": "Midrash Centro Cultural"
        }, 
        {
            "shortDescription": "", 
            "id": "92", 
            "name": "Morro da Babil\u00f4nia"
        }, 
        {
            "shortDescription": "", 
            "id": "90", 
            "name": "Museu Nacional"
        }, 
        {
            "shortDescription": "", 
            "id": "86", 
            "name": "Niter\u00f3i"
        }, 
        {
            "shortDescription": "", 
            "id": "81", 
            "name": "Nova Igua\u00e7u"
        }, 
        {
            "shortDescription": "", 
            "id": "105", 
            "name": "Parque Madureira"
        }, 
        {
            "shortDescription": "", 
            "id": "87", 
            "name": "Pavuna"
        }, 
        {
            "shortDescription": "", 
            "id": "94", 
            "name": "Pra\u00e7a Mau\u00e1"
        }, 
        {
            "shortDescription": "", 
            "id": "106", 
            "name": "Pra\u00e7a XV"
        }, 
        {
            "shortDescription": "", 
            "id": "91", 
            "name": "Praia Vermelha"
        }, 
        {
            "shortDescription": "", 
            "id": "88", 
            "name": "Rocinha"
        }, 
        {
            "shortDescription": "", 
            "id": "85", 
            "name": "Ru\u00ednas"
        }, 
        {
            "shortDescription": "", 
            "id": "107", 
            "name": "Sindicato dos Comerci\u00e1rios"
        }, 
        {
            "shortDescription": "", 
            "id": "126", 
            "name": "Solar dos Abacaxis"
        }
    ], 
    "events": [
        {
            "startsOn": "2015-12-14", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Festival Emerg\u00eancias", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1450000800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "18:00", 
            "spaceId": "27", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "937", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-08", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Abertura Oficial Emerg\u00eancias 2015", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449502200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "17:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "15:30", 
            "registration_code": "", 
            "id": "1472", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-08", 
            "speakers": [
                "2622", 
                "1628"
            ], 
            "registration_code_text": "", 
            "name": "Evento de Abertura", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449522000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "00:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "21:00", 
            "registration_code": "", 
            "id": "1474", 
            "types": [
                "Eventos"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [
                "1648", 
                "1714", 
                "1941", 
                "2633", 
                "1621"
            ], 
            "registration_code_text": "", 
            "name": "Debate: Culturas Ind\u00edgenas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-11-150x150.png", 
            "timestamp": 1449583200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-11.png", 
            "endsAt": "16:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "1493", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Debate: M\u00eddia de Massas e Massas de M\u00eddias", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449594000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "19:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "1496", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Encontro Cultura e Inf\u00e2ncia", 
            "defaultImageThumb": "", 
            "timestamp": 1449705600, 
            "defaultImage": "", 
            "endsAt": "", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "", 
            "registration_code": "", 
            "id": "1501", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Debate: Internet como Espa\u00e7o P\u00fablico", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-05-150x150.png", 
            "timestamp": 1449655200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-05.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "1506", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Debate: Fronteiras do S\u00e9culo XXI e a Crise Migrat\u00f3ria", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-10-150x150.png", 
            "timestamp": 1449669600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-10.png", 
            "endsAt": "16:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "1507", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Debate: Fissuras no Capital", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-02-150x150.png", 
            "timestamp": 1449680400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-02.png", 
            "endsAt": "19:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "1508", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Debate: Direito autoral, ambiente digital e novos tratados de livre com\u00e9rcio (TPP e TTIP)", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449741600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "1509", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: M\u00fasica e festivais", 
            "defaultImageThumb": "", 
            "timestamp": 1449619200, 
            "defaultImage": "", 
            "endsAt": "", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "", 
            "registration_code": "", 
            "id": "1510", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Culturas de Redes", 
            "defaultImageThumb": "", 
            "timestamp": 1449619200, 
            "defaultImage": "", 
            "endsAt": "", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "", 
            "registration_code": "", 
            "id": "1511", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Encontro de Resist\u00eancia Urbana na Am\u00e9rica Latina", 
            "defaultImageThumb": "", 
            "timestamp": 1449619200, 
            "defaultImage": "", 
            "endsAt": "", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "", 
            "registration_code": "", 
            "id": "1513", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Reuni\u00e3o do Comit\u00ea intergovernamental do Ibercultura Viva", 
            "defaultImageThumb": "", 
            "timestamp": 1449619200, 
            "defaultImage": "", 
            "endsAt": "", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "", 
            "registration_code": "", 
            "id": "1514", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Encontro de comunicadores da Frente Brasil Popular", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-09-150x150.png", 
            "timestamp": 1449619200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-09.png", 
            "endsAt": "", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "", 
            "registration_code": "", 
            "id": "1516", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Encontro de Refugiados S\u00edrios no Rio de Janeiro", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-09-150x150.png", 
            "timestamp": 1449619200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-09.png", 
            "endsAt": "", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "", 
            "registration_code": "", 
            "id": "1517", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Debate: Muta\u00e7\u00f5es", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-02-150x150.png", 
            "timestamp": 1449705600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-02.png", 
            "endsAt": "", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "", 
            "registration_code": "", 
            "id": "1518", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Debate: A Chapa Quente do Aquecimento Global", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-05-150x150.png", 
            "timestamp": 1449756000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-05.png", 
            "endsAt": "", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "1520", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [
                "2598", 
                "2255", 
                "1627", 
                "1756", 
                "1600", 
                "2203", 
                "2386"
            ], 
            "registration_code_text": "", 
            "name": "Roda: Feminismos", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-07-150x150.png", 
            "timestamp": 1449766800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-07.png", 
            "endsAt": "19:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "1521", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [
                "2200"
            ], 
            "registration_code_text": "", 
            "name": "Roda: Am\u00e9rica Latina: futuros poss\u00edveis", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-03-150x150.png", 
            "timestamp": 1449741600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-03.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "1523", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [
                "1666", 
                "3095", 
                "2783"
            ], 
            "registration_code_text": "", 
            "name": "Roda: Parlamento latino-americano das culturas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-04-150x150.png", 
            "timestamp": 1449766800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-04.png", 
            "endsAt": "19:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "1524", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Encontro de Resist\u00eancia Urbana na Am\u00e9rica Latina", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-10-150x150.png", 
            "timestamp": 1449705600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-10.png", 
            "endsAt": "", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "", 
            "registration_code": "", 
            "id": "1526", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Encontro Nacional de Artes C\u00eanicas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-11-150x150.png", 
            "timestamp": 1449705600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-11.png", 
            "endsAt": "", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "", 
            "registration_code": "", 
            "id": "1527", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Cen\u00e1rios Alerta democr\u00e1tico", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-05-150x150.png", 
            "timestamp": 1449705600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-05.png", 
            "endsAt": "", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "", 
            "registration_code": "", 
            "id": "1528", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Debate: Pol\u00edticas de Drogas sem Hipocrisia", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-08-150x150.png", 
            "timestamp": 1449828000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-08.png", 
            "endsAt": "12:00", 
            "spaceId": "90", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "1529", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Cultura LGBT: Articulando Redes Globais Contra a Homofobia", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-01-150x150.png", 
            "timestamp": 1449842400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-01.png", 
            "endsAt": "16:00", 
            "spaceId": "90", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "1531", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Encontro Palmares: religi\u00e3o, diversidade e cultura", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-01-150x150.png", 
            "timestamp": 1449792000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-01.png", 
            "endsAt": "", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "", 
            "registration_code": "", 
            "id": "1532", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-07", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Chegadas das Caravanas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449388800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "23:55", 
            "spaceId": "27", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "08:00", 
            "registration_code": "", 
            "id": "2413", 
            "types": [
                "Acampamento"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-07", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Esquenta Emerg\u00eancias", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449432000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "03:00", 
            "spaceId": "27", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "20:00", 
            "registration_code": "", 
            "id": "2415", 
            "types": [
                "Eventos"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Empreendimentos auto-gestion\u00e1rios e economia criativa: a experi\u00eancia Goma", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-10-150x150.png", 
            "timestamp": 1449568800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-10.png", 
            "endsAt": "13:00", 
            "spaceId": "72", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2417", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Conversa sobre Comunica\u00e7\u00e3o, Consumo e Inova\u00e7\u00e3o Social", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-07-150x150.png", 
            "timestamp": 1449572400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-07.png", 
            "endsAt": "13:00", 
            "spaceId": null, 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "11:00", 
            "registration_code": "", 
            "id": "2418", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Interdepend\u00eancia, Sustentabilidade e Inova\u00e7\u00e3o Social atrav\u00e9s do Design e Arquitetura", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-08-150x150.png", 
            "timestamp": 1449588600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-08.png", 
            "endsAt": "", 
            "spaceId": "72", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "15:30", 
            "registration_code": "", 
            "id": "2419", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Bate papo sobre o livro/oficina - Como entender di\u00e1logos colaborativos", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-05-150x150.png", 
            "timestamp": 1449594000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-05.png", 
            "endsAt": "", 
            "spaceId": "72", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "2420", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Sustentabilidade 360 graus - um olhar hol\u00edstico sobre sustentabilidade", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-11-150x150.png", 
            "timestamp": 1449599400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-11.png", 
            "endsAt": "", 
            "spaceId": "72", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "18:30", 
            "registration_code": "", 
            "id": "2421", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Happy hour do Goma", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-09-150x150.png", 
            "timestamp": 1449603000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-09.png", 
            "endsAt": "", 
            "spaceId": "72", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "19:30", 
            "registration_code": "", 
            "id": "2422", 
            "types": [
                "Eventos"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: A M\u00eddia Comunit\u00e1ria como defesa dos Direitos Humanos", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449586800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "", 
            "spaceId": "74", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "15:00", 
            "registration_code": "", 
            "id": "2423", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: O Centro de Cultura do Jacarezinho", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449583200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "", 
            "spaceId": "74", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "2435", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda de Samba Cabe\u00e7a de F\u00f3sforo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449597600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "", 
            "spaceId": "74", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "18:00", 
            "registration_code": "", 
            "id": "2436", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Dan\u00e7as Tradicionais: As Festas Juninas no Rio", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449594000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "", 
            "spaceId": "74", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "2437", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda de Samba com J\u00f4 Borges", 
            "defaultImageThumb": "", 
            "timestamp": 1449601200, 
            "defaultImage": "", 
            "endsAt": "", 
            "spaceId": "74", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "19:00", 
            "registration_code": "", 
            "id": "2438", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Fumac\u00ea nos Arcos da Lapa", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449597600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "22:00", 
            "spaceId": "26", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "18:00", 
            "registration_code": "", 
            "id": "2439", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [
                "2255", 
                "2985", 
                "2197", 
                "2256", 
                "2193"
            ], 
            "registration_code_text": "", 
            "name": "Roda: Imagin\u00e1rios em transe: novos ambientes audiovisuais", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449583200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "16:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "2443", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [
                "2274", 
                "2584", 
                "2630", 
                "2586", 
                "2229"
            ], 
            "registration_code_text": "", 
            "name": "Roda: Cultura e Territ\u00f3rio", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449594000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "19:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "2445", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [
                "2194"
            ], 
            "registration_code_text": "", 
            "name": "Roda: Plataformas de Financiamento Colaborativo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449568800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2447", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [
                "1917", 
                "1969", 
                "2803", 
                "1913", 
                "1923", 
                "1945", 
                "2592"
            ], 
            "registration_code_text": "", 
            "name": "Roda: Educa\u00e7\u00e3o e Inova\u00e7\u00e3o", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449594000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "19:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "2448", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [
                "1947"
            ], 
            "registration_code_text": "", 
            "name": "Lan\u00e7amento do livro \u201cM\u00eddia Multid\u00e3o\u201d - Editora Mauad", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449601200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "21:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "19:00", 
            "registration_code": "", 
            "id": "2449", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Sess\u00e3o de Cinema: Filmes Latinos no Arpoador", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449604800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "00:00", 
            "spaceId": "77", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "20:00", 
            "registration_code": "", 
            "id": "2450", 
            "types": [
                "Mostra Audiovisual"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda de Rima - Gl\u00f3ria, Catete e Lapa", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449597600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "20:00", 
            "spaceId": "26", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "18:00", 
            "registration_code": "", 
            "id": "2451", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Emerg\u00eancias no Circo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449604800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "00:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "20:00", 
            "registration_code": "", 
            "id": "2453", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Observat\u00f3rio das Favelas - Da Favela para o Mundo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449583200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "", 
            "spaceId": "79", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "2454", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Lan\u00e7amento do \u2018Cineclube na Favela\u2019 com document\u00e1rios sobre os moradores da Mar\u00e9", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449684000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "", 
            "spaceId": "79", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "18:00", 
            "registration_code": "", 
            "id": "2455", 
            "types": [
                "Mostra Audiovisual"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Dialoga Baixada", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449676800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "22:00", 
            "spaceId": "80", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "16:00", 
            "registration_code": "", 
            "id": "2456", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Festival de Saraus / Artes Integradas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449676800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "22:00", 
            "spaceId": "81", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "16:00", 
            "registration_code": "", 
            "id": "2457", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Encontro das Redes de Cultura da Baixada (Cineclube, Sarau, Teatro)", 
            "defaultImageThumb": "", 
            "timestamp": 1449676800, 
            "defaultImage": "", 
            "endsAt": "22:00", 
            "spaceId": "81", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "16:00", 
            "registration_code": "", 
            "id": "2458", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Mutir\u00e3o de grafite no Morrinho", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449655200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "", 
            "spaceId": "82", 
            "registration_code_title": "", 
            "territories": [
                "Bangu"
            ], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2459", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Almo\u00e7o coletivo dentro da Fazenda do Viegas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449662400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "13:00", 
            "spaceId": "82", 
            "registration_code_title": "", 
            "territories": [
                "Bangu"
            ], 
            "meetings": [], 
            "description": "", 
            "startsAt": "12:00", 
            "registration_code": "", 
            "id": "2460", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Percurso Bangu", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449655200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "21:00", 
            "spaceId": "82", 
            "registration_code_title": "", 
            "territories": [
                "Bangu"
            ], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2461", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: A quest\u00e3o do Patrim\u00f4nio Cultural na Zona Oeste", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449669600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "15:30", 
            "spaceId": "82", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "2462", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Debate: Quebrando o g\u00eanero", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449676800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "17:30", 
            "spaceId": "82", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "16:00", 
            "registration_code": "", 
            "id": "2463", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Saral Zabele", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449687600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "21:00", 
            "spaceId": "82", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "19:00", 
            "registration_code": "", 
            "id": "2464", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Percurso Jacarepagu\u00e1", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449651600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "18:00", 
            "spaceId": "83", 
            "registration_code_title": "", 
            "territories": [
                "Jacarepagu\u00e1"
            ], 
            "meetings": [], 
            "description": "", 
            "startsAt": "09:00", 
            "registration_code": "", 
            "id": "2465", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda de capoeira", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449655200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "", 
            "spaceId": "83", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2466", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Sankofa - Dan\u00e7a afro", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449660600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "", 
            "spaceId": "83", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "11:30", 
            "registration_code": "", 
            "id": "2467", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Feijoada com Roda de samba", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449664200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "", 
            "spaceId": "83", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "12:30", 
            "registration_code": "", 
            "id": "2468", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Debate - Racismo, intoler\u00e2ncia e valoriza\u00e7\u00e3o das religi\u00f5es de matrizes africanas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449669600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "", 
            "spaceId": "83", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "2469", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Cia Horizontal de Arte P\u00fablica- CHAP", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449678600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "", 
            "spaceId": "83", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "16:30", 
            "registration_code": "", 
            "id": "2470", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Bateria G.R.E.S. Unidos das Vargens e Bloco Guri da Merk", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449684000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "", 
            "spaceId": "83", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "18:00", 
            "registration_code": "", 
            "id": "2471", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [
                "2194", 
                "2594"
            ], 
            "registration_code_text": "", 
            "name": "Roda: Fomento", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449671400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "16:30", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:30", 
            "registration_code": "", 
            "id": "2474", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [
                "2598", 
                "2596"
            ], 
            "registration_code_text": "", 
            "name": "Roda: Advogados Culturais", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449655200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2475", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [
                "2213", 
                "2991", 
                "2385", 
                "2248", 
                "2609"
            ], 
            "registration_code_text": "", 
            "name": "Roda: PIB x #FIB - Pol\u00edticas do bem viver", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449669600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "16:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "2478", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda TV: Novas linguagens, narrativas e est\u00e9ticas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449655200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "12:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2479", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [
                "2210", 
                "2618", 
                "2195"
            ], 
            "registration_code_text": "", 
            "name": "Roda: Tecnopol\u00edtica e Cultura Digital", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449680400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "19:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "2480", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Quebrando o Tabu", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449669600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "16:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "2481", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Sess\u00e3o de Cinema: Filmes Latinos no Arpoador", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449691200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "00:00", 
            "spaceId": "77", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "20:00", 
            "registration_code": "", 
            "id": "2482", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Emerg\u00eancias no Circo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449694800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "00:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "21:00", 
            "registration_code": "", 
            "id": "2483", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Tropikall Vibez", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449698400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "02:00", 
            "spaceId": "84", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "22:00", 
            "registration_code": "", 
            "id": "2484", 
            "types": [
                "Eventos", 
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Prazer \u00e9 poder", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449698400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "02:00", 
            "spaceId": "85", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "22:00", 
            "registration_code": "", 
            "id": "2485", 
            "types": [
                "Eventos", 
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "After La Paz", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449702000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "", 
            "spaceId": "84", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "23:00", 
            "registration_code": "", 
            "id": "2486", 
            "types": [
                "Eventos", 
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-08", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Credenciamento", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449482400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2978", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Papo de Bar: Mulher com Roda de Samba Sarau da Jovelina", 
            "defaultImageThumb": "", 
            "timestamp": 1449759600, 
            "defaultImage": "", 
            "endsAt": "", 
            "spaceId": "87", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "15:00", 
            "registration_code": "", 
            "id": "2491", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Percurso Rocinha Bandalo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449759600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "23:00", 
            "spaceId": "88", 
            "registration_code_title": "", 
            "territories": [
                "Rocinha"
            ], 
            "meetings": [], 
            "description": "", 
            "startsAt": "15:00", 
            "registration_code": "", 
            "id": "2497", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Percurso Rocinha Quadra RS", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449759600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "17:00", 
            "spaceId": "88", 
            "registration_code_title": "", 
            "territories": [
                "Rocinha"
            ], 
            "meetings": [], 
            "description": "", 
            "startsAt": "15:00", 
            "registration_code": "", 
            "id": "2498", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Debate: Cultura e tecnoci\u00eancia", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449741600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2501", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [
                "1627", 
                "2242", 
                "1657"
            ], 
            "registration_code_text": "", 
            "name": "Roda: Trabalhadoras sexuais: direito, voz e dignidade", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449756000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "2502", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [
                "2874", 
                "2872", 
                "2869"
            ], 
            "registration_code_text": "", 
            "name": "Roda: Est\u00e9ticas e Identidades da Juventude Perif\u00e9rica", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449756000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "16:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "2503", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [
                "2886", 
                "2887", 
                "2875", 
                "2995"
            ], 
            "registration_code_text": "", 
            "name": "Roda: Genoc\u00eddio da Juventude Negra", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449759600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "19:00", 
            "spaceId": "87", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "15:00", 
            "registration_code": "", 
            "id": "2506", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [
                "1977", 
                "1919", 
                "1641", 
                "1653", 
                "2380"
            ], 
            "registration_code_text": "", 
            "name": "Debate: A Est\u00e9tica da Pol\u00edtica", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449763200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "18:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "16:00", 
            "registration_code": "", 
            "id": "2507", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Festival de Direitos Humanos no Parque Madureira", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449763200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "00:00", 
            "spaceId": "105", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "16:00", 
            "registration_code": "", 
            "id": "2510", 
            "types": [
                "Eventos", 
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Yellow Submarine", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449784800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "02:00", 
            "spaceId": "84", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "22:00", 
            "registration_code": "", 
            "id": "2513", 
            "types": [
                "Eventos", 
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Trap\u2019in + Festival das caravanas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449777600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "22:00", 
            "spaceId": "89", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "20:00", 
            "registration_code": "", 
            "id": "2514", 
            "types": [
                "Eventos", 
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Oficina de Cartoon com Vitor Teixeira", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449828000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "12:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2515", 
            "types": [
                "Oficinas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [
                "1620"
            ], 
            "registration_code_text": "", 
            "name": "Oficina Jornalismo Livre", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449828000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "22:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2516", 
            "types": [
                "Oficinas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "LabCriativo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449828000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "19:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2518", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Radios Latinoamericanas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449842400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "16:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "2519", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "A\u00e7\u00e3o e informa\u00e7\u00e3o (interven\u00e7\u00f5es narrativas)", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449842400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "16:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "2520", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Novas Experi\u00eancias de Pol\u00edticas Para Juventude", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449828000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "12:00", 
            "spaceId": "90", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2522", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Debate: Juventude Viva e Seguran\u00e7a P\u00fablica", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449842400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "16:00", 
            "spaceId": "90", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "2523", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Jornada de Lutas da Juventude", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449828000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "12:00", 
            "spaceId": "90", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2525", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [
                "1947", 
                "1748"
            ], 
            "registration_code_text": "", 
            "name": "Roda: Cen\u00e1rios para o futuro da democracia na Am\u00e9rica Latina", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449766800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "19:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "2526", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Sess\u00e3o de Cinema: Filmes Latinos no Arpoador", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449864000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "00:00", 
            "spaceId": "77", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "20:00", 
            "registration_code": "", 
            "id": "2527", 
            "types": [
                "Mostra Audiovisual", 
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Eu amo Sound System", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449871200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "02:00", 
            "spaceId": "91", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "22:00", 
            "registration_code": "", 
            "id": "2528", 
            "types": [
                "Eventos", 
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Baile funk do Emo\u00e7\u00f5es", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449871200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "02:00", 
            "spaceId": "88", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "22:00", 
            "registration_code": "", 
            "id": "2529", 
            "types": [
                "Eventos", 
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Jardins Suspensos da Babil\u00f4nia", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449871200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "02:00", 
            "spaceId": "92", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "22:00", 
            "registration_code": "", 
            "id": "2530", 
            "types": [
                "Eventos", 
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Debate: Do Comunitarismo \u00e0s Redes: Estrat\u00e9gias de Circula\u00e7\u00e3o e Articula\u00e7\u00e3o entre organiza\u00e7\u00f5es culturais", 
            "defaultImageThumb": "", 
            "timestamp": 1449828000, 
            "defaultImage": "", 
            "endsAt": "", 
            "spaceId": "90", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2531", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Percurso Cultural - Pontos de Cultura do RJ", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449928800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "16:00", 
            "spaceId": "90", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "CulturaViva"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "2532", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Cria\u00e7\u00e3o coletiva / Compartilhada - comunidades, creches parentais", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449914400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "", 
            "spaceId": "94", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2533", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Conta\u00e7\u00e3o de hist\u00f3rias - Princesas Negras - Janine (RJ)", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449932400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "", 
            "spaceId": "94", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "CulturaInf\u00e2ncia"
            ], 
            "description": "", 
            "startsAt": "15:00", 
            "registration_code": "", 
            "id": "2534", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Conta\u00e7\u00e3o de hist\u00f3rias - Oficina Brincantes (RJ)", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449936000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "", 
            "spaceId": "94", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "CulturaInf\u00e2ncia"
            ], 
            "description": "", 
            "startsAt": "16:00", 
            "registration_code": "", 
            "id": "2535", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Apresenta\u00e7\u00e3o circense", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449937800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "", 
            "spaceId": "94", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "CulturaInf\u00e2ncia"
            ], 
            "description": "", 
            "startsAt": "16:30", 
            "registration_code": "", 
            "id": "2536", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Festival de M\u00eddias", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449914400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "22:00", 
            "spaceId": "94", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2540", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Encontro dos Drones", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449914400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "22:00", 
            "spaceId": "94", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2541", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Festival de GIF", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449914400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "22:00", 
            "spaceId": "94", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2542", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Festival Emerg\u00eancias - Palco Principal", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449914400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "18:00", 
            "spaceId": "94", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2543", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Festival Emerg\u00eancias - Pedra do Sal", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449914400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "18:00", 
            "spaceId": "94", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2544", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Festival Emerg\u00eancias - Palco a Cena Vive", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449914400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "18:00", 
            "spaceId": "94", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2545", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Festival Emerg\u00eancias - Palco Black Santa + Baile do Ademar Skate", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449914400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "18:00", 
            "spaceId": "94", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2546", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Festival Emerg\u00eancias - Eu <3 Sound System", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449914400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "18:00", 
            "spaceId": "94", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2547", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Conversa Corpo e Movimento", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449928800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "", 
            "spaceId": "94", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "2548", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Encontro de Refugiados S\u00edrios no Rio de Janeiro", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449939600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "", 
            "spaceId": "94", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "2549", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "FINALMENTE", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449957600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "", 
            "spaceId": "77", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "22:00", 
            "registration_code": "", 
            "id": "2550", 
            "types": [
                "Eventos", 
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Festival Emerg\u00eancias - Malodromo Beco Do Sardinha", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449914400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "18:00", 
            "spaceId": "94", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2551", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Sess\u00e3o de Fotos - O que me faz eu", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449568800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "12:00", 
            "spaceId": "26", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2555", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Oficina de Yoga para mulheres", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449568800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "12:00", 
            "spaceId": "26", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2556", 
            "types": [
                "Oficinas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Oficina de autodefesa para mulheres", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449568800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "", 
            "spaceId": "27", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2557", 
            "types": [
                "Oficinas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: O boom do feminismo: Estamos indo juntas pra onde?", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449583200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "17:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "2558", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Hashtag Feminismo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449594000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "20:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "2559", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Teste - O Machismo Nosso de Cada Dia", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449604800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "22:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "20:00", 
            "registration_code": "", 
            "id": "2560", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [
                "1650", 
                "1777", 
                "3369", 
                "2274", 
                "3169"
            ], 
            "registration_code_text": "", 
            "name": "Debate: Cultura e Cidade: Espa\u00e7o P\u00fablico e Ativismo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449568800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "2565", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Debate: Lugar de Mulher", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449757800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "15:30", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "14:30", 
            "registration_code": "", 
            "id": "2566", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Debate: Universidade Internacional de Inven\u00e7\u00f5es Democr\u00e1ticas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449756000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "16:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "2567", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-08", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Sa\u00edda das Caravanas para a Lapa", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449489600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "13:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "12:00", 
            "registration_code": "", 
            "id": "3038", 
            "types": [
                "Acampamento"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-08", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Reuni\u00e3o de Cobertura Colaborativa", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449493200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "18:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "13:00", 
            "registration_code": "", 
            "id": "3041", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-08", 
            "speakers": [
                "2416", 
                "1594", 
                "1628", 
                "1598"
            ], 
            "registration_code_text": "", 
            "name": "Debate: As Aventuras pol\u00edticas do s\u00e9culo XXI", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449509400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "20:30", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "17:30", 
            "registration_code": "", 
            "id": "3045", 
            "types": [
                "Mesa de Debates"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Caf\u00e9 da manh\u00e3", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449561600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "09:00", 
            "spaceId": "27", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "08:00", 
            "registration_code": "", 
            "id": "3047", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Sa\u00edda das Caravanas para a Lapa", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449565200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "09:30", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "09:00", 
            "registration_code": "", 
            "id": "3048", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [
                "2213", 
                "1947", 
                "1773", 
                "3389", 
                "2222", 
                "1620", 
                "2190"
            ], 
            "registration_code_text": "", 
            "name": "Provoca\u00e7\u00f5es por uma nova m\u00eddia", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449568800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "12:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3049", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: A Vida em Risco: Mariana", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449568800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3050", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Oficina permanente de zine", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449568800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "22:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3051", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Mostra Midiativista", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449579600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "14:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "13:00", 
            "registration_code": "", 
            "id": "3052", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Encontro de Blogueiros", 
            "defaultImageThumb": "", 
            "timestamp": 1449583200, 
            "defaultImage": "", 
            "endsAt": "16:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3053", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Apresenta\u00e7\u00e3o de experi\u00eancias - Prot\u00f3tipos LABIC", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449655200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3079", 
            "types": [
                "Apresenta\u00e7\u00e3o de experi\u00eancias"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Oficina permanente de zine", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449655200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "22:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3083", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Apresenta\u00e7\u00e3o de experi\u00eancias - Prot\u00f3tipos LABIC", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449669600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "16:30", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3128", 
            "types": [
                "Apresenta\u00e7\u00e3o de experi\u00eancias"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Oficina permanente de zine", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449741600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "22:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3185", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Movimentos urbanos e cidades colaborativas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449583200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "16:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3066", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Percurso Jacarezinho", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449583200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "18:00", 
            "spaceId": "74", 
            "registration_code_title": "", 
            "territories": [
                "Jacarezinho"
            ], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3068", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Percurso Babil\u00f4nia", 
            "defaultImageThumb": "", 
            "timestamp": 1449586800, 
            "defaultImage": "", 
            "endsAt": "17:00", 
            "spaceId": "92", 
            "registration_code_title": "", 
            "territories": [
                "Babil\u00f4nia"
            ], 
            "meetings": [], 
            "description": "", 
            "startsAt": "15:00", 
            "registration_code": "", 
            "id": "3069", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Percurso Gamboa", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449568800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "20:00", 
            "spaceId": "72", 
            "registration_code_title": "", 
            "territories": [
                "Gamboa"
            ], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3070", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Encontro com Jo\u00e3o Pedro Stedile", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449590400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "17:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "16:00", 
            "registration_code": "", 
            "id": "3071", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Apresenta\u00e7\u00e3o de experi\u00eancias - Enmedio: interfer\u00eancias no discurso dominante", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449594000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "18:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "3072", 
            "types": [
                "Apresenta\u00e7\u00e3o de experi\u00eancias"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Pachamama Itinerante", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449594000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "19:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "3074", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Redes Latinoamericanas de comunica\u00e7\u00e3o", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449655200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "12:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3077", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Cooperativismo de plataforma X Economia do compartilhamento", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449655200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3080", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Percurso Complexo da Mar\u00e9", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449655200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "12:00", 
            "spaceId": "79", 
            "registration_code_title": "", 
            "territories": [
                "ComplexodaMar\u00e9"
            ], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3081", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Oficina de Meme Wars", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449669600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "16:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3084", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Rede Latinoamericana de Fotografia", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449669600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "16:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3085", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "GT Movida", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449669600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "16:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3086", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda de Social M\u00eddias", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449669600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "16:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3089", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Depois de 10 anos", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449669600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "16:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3112", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda de Design", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449676800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "18:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "16:00", 
            "registration_code": "", 
            "id": "3133", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Percurso Baixada Fluminense - Duque de Caxias", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449676800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "22:00", 
            "spaceId": "80", 
            "registration_code_title": "", 
            "territories": [
                "BaixadaFluminense"
            ], 
            "meetings": [], 
            "description": "", 
            "startsAt": "16:00", 
            "registration_code": "", 
            "id": "3134", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Percurso Baixada Fluminense - Nova Igua\u00e7u", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449676800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "22:00", 
            "spaceId": "81", 
            "registration_code_title": "", 
            "territories": [
                "BaixadaFluminense"
            ], 
            "meetings": [], 
            "description": "", 
            "startsAt": "16:00", 
            "registration_code": "", 
            "id": "3137", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Encerramento das Redes Latinoamericanas de Comunica\u00e7\u00e3o", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449680400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "19:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "3138", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Direitos e pol\u00edticas culturais para o s\u00e9culo XXI: agendas estruturantes para o futuro", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449680400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "19:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "3150", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Movimentos Sociais", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449680400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "19:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "3153", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: PutaPauta: Vamos falar de trabalho sexual?", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449680400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "20:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "3156", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "A Gente N\u00e3o Se V\u00ea Por Aqui (M\u00eddia e Representatividade)", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449741600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3171", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Comunica\u00e7\u00e3o Emergente", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449741600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3172", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Ouvidores da Esplanada", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449741600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3174", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Oficina de tradu\u00e7\u00e3o colaborativa usando Bridge", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449741600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "13:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3183", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Apresenta\u00e7\u00e3o de experi\u00eancias de mobiliza\u00e7\u00e3o social na Am\u00e9rica Latina", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449741600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "13:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3184", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Comunica\u00e7\u00e3o.Gov", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449756000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "16:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3186", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [
                "2213", 
                "2579", 
                "1620"
            ], 
            "registration_code_text": "", 
            "name": "Roda de Jornalismo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449756000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "16:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3187", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Apresenta\u00e7\u00e3o de Cases Comunica\u00e7\u00e3o para Redes Sociais", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449756000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "16:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3199", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Cultura Viva: Encontros de Trabalho", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449756000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "18:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "CulturaViva"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3200", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Percurso Niter\u00f3i", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449756000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "22:00", 
            "spaceId": "86", 
            "registration_code_title": "", 
            "territories": [
                "Niter\u00f3i"
            ], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3201", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Percurso Pavuna", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449759600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "22:00", 
            "spaceId": "87", 
            "registration_code_title": "", 
            "territories": [
                "Pavuna"
            ], 
            "meetings": [], 
            "description": "", 
            "startsAt": "15:00", 
            "registration_code": "", 
            "id": "3205", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [
                "2854", 
                "1947"
            ], 
            "registration_code_text": "", 
            "name": "Pol\u00edticas P\u00fablicas para M\u00eddia Livre", 
            "defaultImageThumb": "", 
            "timestamp": 1449766800, 
            "defaultImage": "", 
            "endsAt": "19:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "3206", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Sess\u00e3o de Cinema: Filmes Latinos no Arpoador", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449777600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "00:00", 
            "spaceId": "77", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "20:00", 
            "registration_code": "", 
            "id": "3207", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Baile do Cuca / Liga do Funk", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449756000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "00:00", 
            "spaceId": "86", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3208", 
            "types": [
                "Eventos", 
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda N\u00f3is por N\u00f3is: Midialivrimo e Juventude", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449828000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "12:00", 
            "spaceId": "90", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3209", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Oficina permanente de zine", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449828000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "22:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3211", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Comunica\u00e7\u00f5es #C\u00edvicas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449849600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "18:00", 
            "spaceId": "106", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "M\u00eddiaLivre"
            ], 
            "description": "", 
            "startsAt": "16:00", 
            "registration_code": "", 
            "id": "3212", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [
                "1945"
            ], 
            "registration_code_text": "", 
            "name": "Roda: Reinventar a escola: Ocupar e resistir", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449583200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "16:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3232", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Futebol brasileiro: propriedade da TV?", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449669600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "16:00", 
            "spaceId": "68", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3233", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Juventude, cultura e trabalho", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449741600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "13:00", 
            "spaceId": "107", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3234", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Liberdade e Intoler\u00e2ncia", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449853200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "19:00", 
            "spaceId": "108", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "3235", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Siririca com Xota K (Joseanny)", 
            "defaultImageThumb": "", 
            "timestamp": 1449604800, 
            "defaultImage": "", 
            "endsAt": "22:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "20:00", 
            "registration_code": "", 
            "id": "3242", 
            "types": [
                "Oficinas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: O in\u00edcio do movimento pela assist\u00eancia ao parto no Brasil", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449655200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3243", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Poder & Pol\u00edtica", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449655200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3244", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Entre mulheres", 
            "defaultImageThumb": "", 
            "timestamp": 1449669600, 
            "defaultImage": "", 
            "endsAt": "17:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3245", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Papo Reto: Feminismo Negro em Pauta", 
            "defaultImageThumb": "", 
            "timestamp": 1449669600, 
            "defaultImage": "", 
            "endsAt": "17:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3246", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Assist\u00eancia ao parto, evid\u00eancias cient\u00edficas e pol\u00edticas p\u00fablicas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449676800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "18:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "16:00", 
            "registration_code": "", 
            "id": "3247", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Performance \"Macaquinhos\"", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449687600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "21:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "19:00", 
            "registration_code": "", 
            "id": "3248", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Desfile: Dasp\u00fa + DJ", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449687600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "21:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "19:00", 
            "registration_code": "", 
            "id": "3249", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Feminismo interseccional", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449741600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3250", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Pol\u00edticas p\u00fablicas para o parto", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449763200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "18:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "16:00", 
            "registration_code": "", 
            "id": "3251", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Desfile: Africa Plus Size", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449777600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "22:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "20:00", 
            "registration_code": "", 
            "id": "3253", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Espa\u00e7o \u201cLacre no car\u00e3o\u201d", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449828000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3259", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [
                "2887"
            ], 
            "registration_code_text": "", 
            "name": "Roda: Os C\u00e1rceres Femininos", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449842400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "16:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3260", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Aborto e a PL 5069", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111-150x150.png", 
            "timestamp": 1449842400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-111.png", 
            "endsAt": "17:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3261", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Sobre ser soro positivo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449849600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "18;00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "16:00", 
            "registration_code": "", 
            "id": "3262", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Mulheres que amam mulheres", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091-150x150.png", 
            "timestamp": 1449853200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-091.png", 
            "endsAt": "19:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "3263", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Live Painting", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449853200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "19:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "17:00", 
            "registration_code": "", 
            "id": "3264", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-12", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Afrofuturismo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081-150x150.png", 
            "timestamp": 1449864000, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-081.png", 
            "endsAt": "22:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "20:00", 
            "registration_code": "", 
            "id": "3265", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Exposi\u00e7\u00e3o:  Maquiaquem \u00c9tnica", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449925200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "15:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "13:00", 
            "registration_code": "", 
            "id": "3266", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Mural das Mulheres", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449925200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "15:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "13:00", 
            "registration_code": "", 
            "id": "3267", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-13", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Oficina de P\u00f3s Porn\u00f4 com Laura Milano", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041-150x150.png", 
            "timestamp": 1449928800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-041.png", 
            "endsAt": "16:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Feminismos"
            ], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3268", 
            "types": [
                "Oficinas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Percurso Prazeres", 
            "defaultImageThumb": "", 
            "timestamp": 1449590400, 
            "defaultImage": "", 
            "endsAt": "18:00", 
            "spaceId": "121", 
            "registration_code_title": "", 
            "territories": [
                "Prazeres"
            ], 
            "meetings": [], 
            "description": "", 
            "startsAt": "16:00", 
            "registration_code": "", 
            "id": "3345", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Percurso Belford Roxo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071-150x150.png", 
            "timestamp": 1449590400, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-071.png", 
            "endsAt": "18:00", 
            "spaceId": "123", 
            "registration_code_title": "", 
            "territories": [
                "BelfordRoxo"
            ], 
            "meetings": [], 
            "description": "", 
            "startsAt": "16:00", 
            "registration_code": "", 
            "id": "3349", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Percurso Lapa", 
            "defaultImageThumb": "", 
            "timestamp": 1449597600, 
            "defaultImage": "", 
            "endsAt": "00:00", 
            "spaceId": "26", 
            "registration_code_title": "", 
            "territories": [
                "Lapa"
            ], 
            "meetings": [], 
            "description": "", 
            "startsAt": "18:00", 
            "registration_code": "", 
            "id": "3352", 
            "types": [
                "Programa\u00e7\u00e3o Cultural"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-08", 
            "speakers": [
                "3355"
            ], 
            "registration_code_text": "", 
            "name": "Abertura do Encontro de Povos de Terreiro", 
            "defaultImageThumb": "", 
            "timestamp": 1449514800, 
            "defaultImage": "", 
            "endsAt": "21:00", 
            "spaceId": "127", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "PovosdeTerreiro"
            ], 
            "description": "", 
            "startsAt": "19:00", 
            "registration_code": "", 
            "id": "3354", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Reinventar a escola: Ocupar e resistir", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449583200, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "16:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3371", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-11", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Juventude, cultura e trabalho", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449741600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "13:00", 
            "spaceId": "107", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3372", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-10", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Roda: Futebol brasileiro: propriedade da TV?", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449669600, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "16:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "14:00", 
            "registration_code": "", 
            "id": "3373", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-08", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Noche Argentina", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061-150x150.png", 
            "timestamp": 1449532740, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-061.png", 
            "endsAt": "", 
            "spaceId": "84", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "23:59", 
            "registration_code": "", 
            "id": "3376", 
            "types": [
                "Eventos"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-08", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Mini-GRAAVE", 
            "defaultImageThumb": "", 
            "timestamp": 1449532740, 
            "defaultImage": "", 
            "endsAt": "", 
            "spaceId": "130", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "23:59", 
            "registration_code": "", 
            "id": "3377", 
            "types": [
                "Eventos"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [
                "3165", 
                "3358", 
                "3379", 
                "3381"
            ], 
            "registration_code_text": "", 
            "name": "Roda: #N\u00e3o foi acidente!", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101-150x150.png", 
            "timestamp": 1449568800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-101.png", 
            "endsAt": "12:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3378", 
            "types": [
                "Rodas de Conversas"
            ], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [], 
            "registration_code_text": "", 
            "name": "Percurso Trupe urbana", 
            "defaultImageThumb": "", 
            "timestamp": 1449568800, 
            "defaultImage": "", 
            "endsAt": "12:00", 
            "spaceId": "26", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3391", 
            "types": [], 
            "shortDescription": ""
        }, 
        {
            "startsOn": "2015-12-09", 
            "speakers": [
                "3394"
            ], 
            "registration_code_text": "", 
            "name": "\u00d4nibus Hacker - Visita Hackespaces da Cidade", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051-150x150.png", 
            "timestamp": 1449568800, 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Quadrados-549x549-051.png", 
            "endsAt": "17:00", 
            "spaceId": "25", 
            "registration_code_title": "", 
            "territories": [], 
            "meetings": [
                "Hacker"
            ], 
            "description": "", 
            "startsAt": "10:00", 
            "registration_code": "", 
            "id": "3392", 
            "types": [], 
            "shortDescription": ""
        }
    ], 
    "speakers": [
        {
            "speaker_title": "", 
            "name": "Lawrence Lessig", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Lawrence-Lessig--150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Lawrence-Lessig-.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1594", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Piedad C\u00f3rdoba", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Piedad-C\u00f3rdoba-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Piedad-C\u00f3rdoba.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1596", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Constanza Moreira", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Constanza-Moreira-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Constanza-Moreira.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1598", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "M\u00e1rcia Tiburi", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/M\u00e1rcia-Tiburi-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/M\u00e1rcia-Tiburi.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1600", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Gregorio Duvivier", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Gregorio-Duvivier-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Gregorio-Duvivier.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1602", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Peter Jenner", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Peter-Jenner-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Peter-Jenner.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1604", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jean Wyllys", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Jean-Wyllys-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Jean-Wyllys.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1606", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Luiz Eduardo Soares", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Luis-Eduardo-Soares-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Luis-Eduardo-Soares.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1612", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jaime Parada", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/photo_2015-11-17_02-47-02-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/photo_2015-11-17_02-47-02.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1613", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Laura Capriglione", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Laura-Capriglione-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Laura-Capriglione.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1620", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ailton Krenak", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Ailton-Krenak-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Ailton-Krenak.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1621", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Alfredo Manevy", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Alfredo-Manevy-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Alfredo-Manevy.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1624", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Georgina Orellano", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Georgina-Orellano-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Georgina-Orellano.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1627", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Gilberto Gil", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Gilberto-Gil-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Gilberto-Gil.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1628", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Cristian Alarc\u00f3n", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Cristian-Alarc\u00f3n-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Cristian-Alarc\u00f3n.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1630", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Milton Romani Gerner", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Milton-Romani-Gerner-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Milton-Romani-Gerner.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1632", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Maru Whately", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Maru-Whately-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Maru-Whately.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1637", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Rui Tavares", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Rui-Tavares-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Rui-Tavares.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1638", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "S\u00e9rgio Amadeu", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/S\u00e9rgio-Amadeu-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/S\u00e9rgio-Amadeu.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1639", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Giselle Beiguelman", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Giselle-Beiguelman--150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Giselle-Beiguelman-.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1641", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Suely Rolnik", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Suely-Rolnik--150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Suely-Rolnik-.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1643", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Elvira Espejo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Elvira-Espejo--150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Elvira-Espejo-.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1648", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Guilherme Boulos", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Guilherme-Boulos-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Guilherme-Boulos.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1650", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Concita Sompr\u00e9", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Concita-Guaxipiguara-Sompr\u00e9-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Concita-Guaxipiguara-Sompr\u00e9.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1651", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Peter Sunde", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Peter-Sunde-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Peter-Sunde.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1652", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jordi Claramonte", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Jordi-Claramonte-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Jordi-Claramonte.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1653", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Monique Prada", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Monique-Prada1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Monique-Prada1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1657", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Alberto Mayol", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Alberto-Mayol-Miranda-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Alberto-Mayol-Miranda.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1666", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Carina Vitral", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Carina-Vidal-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Carina-Vidal.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1668", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "S\u00f4nia Guajajara", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Sonia-guajajara-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Sonia-guajajara.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1714", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "G\u00e9nesis Aquino", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Genesis-Aquino-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Genesis-Aquino.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1717", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Yasmin Thayn\u00e1", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Yasmin-Thayn\u00e1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Yasmin-Thayn\u00e1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1718", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Pedro Abramovay", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Pedro-Abramovay1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Pedro-Abramovay1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1748", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jaqueline Fernandes", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Jaqueline-Fernandes-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Jaqueline-Fernandes.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1756", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Adolfo Ruiz", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Adolfo-Ruiz-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Adolfo-Ruiz.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1763", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Renato Rovai", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Renato-Rovai-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Renato-Rovai.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1765", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Miro Borges", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Miro-Borges-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Miro-Borges.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1766", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Alondra Flores Quiroz", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Alondra-Flores-Quiroz-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Alondra-Flores-Quiroz.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1771", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Aram Aharonian", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Aram-Aharonian-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Aram-Aharonian.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1773", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Beatriz Busaniche", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Beatriz-Busaniche-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Beatriz-Busaniche.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1775", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Erm\u00ednia Maricato", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Erm\u00ednia-Maricato--150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Erm\u00ednia-Maricato-.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1777", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "S\u00e9rgio Besserman", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/S\u00e9rgio-Besserman--150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/S\u00e9rgio-Besserman-.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1781", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Rodrigo Savazoni", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Rodrigo-Savazoni-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Rodrigo-Savazoni.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1786", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Panmela Castro", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/44-Panmela-Castro-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/44-Panmela-Castro.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1787", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ana Mar\u00eda Gazmuri Vieira", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Ana-Mar\u00eda-Gazmuri-Vieira-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Ana-Mar\u00eda-Gazmuri-Vieira.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1788", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Greg\u00f3rio Duvivier", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/gregorio-definitivo-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/gregorio-definitivo.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1886", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jandira Feghali", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/definitivo-jandira-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/definitivo-jandira.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1891", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Adriana Benzaquen", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/adriana-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/adriana.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1893", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Alvaro Ca\u00f1ete", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Untitled2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Untitled2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1899", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ana Garcia", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/223-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/223.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1901", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ariel Penniman", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/dfdsfds-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/dfdsfds.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1903", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Carlo Andre Oliveras", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/fdsfdsfdsgf-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/fdsfdsfdsgf.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1905", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Carlos Sanchez", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/fdsfsdfdfgfd-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/fdsfsdfdfgfd.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1907", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Daniel Cholakian", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1909", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Diana Soares", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/3-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/3.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1911", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Emiliano Fuentes Firmani", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/4-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/4.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1913", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "F\u00e1tima Medeiros", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/5-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/5.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1915", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Alemberg Quindins", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/6-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/6.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1917", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Francisco Bosco", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/7-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/7.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1919", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Giowana Cambrone Araujo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/8-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/8.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1921", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Iara Haasz", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/9-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/9.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1923", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Tonico Benites", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Capturar3-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Capturar3.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1941", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Juana Nunes", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Juana1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/Juana1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1945", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ivana Bentes", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/10/Ivana-Bentes-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/10/Ivana-Bentes.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1947", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Guilherme Varella", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/15-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/15.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1949", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Alvaro Abitia", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/1203836-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/1203836.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1969", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Eloi Iglesias", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/26-Eloi-Iglesias-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/26-Eloi-Iglesias.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "1977", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Marcos Souza", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/59-Marcos-Souza1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/59-Marcos-Souza1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2187", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Lia Calabre", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/66-Lia-Calabre1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/66-Lia-Calabre1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2188", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jo\u00e3o Brant", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/68-Jo\u00e3o-Brant1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/68-Jo\u00e3o-Brant1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2189", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Pola Ribeiro", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/69-Pola-Ribeiro1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/69-Pola-Ribeiro1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2190", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jurema Machado", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/70-Jurema-Machado1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/70-Jurema-Machado1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2191", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Cida Abreu", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/71-Cida-Abreu1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/71-Cida-Abreu1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2192", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Vincent Carelli", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/72-Vincent-Carelli1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/72-Vincent-Carelli1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2193", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Carlos Paiva", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/73-Carlos-Paiva1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/73-Carlos-Paiva1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2194", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Vinicius Wu", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/74-Vinicius-Wu1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/74-Vinicius-Wu1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2195", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jeferson Monteiro", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/75-Jeferson-Monteiro1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/75-Jeferson-Monteiro1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2196", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Newton Cannito", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/76-Newton-Cannito2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/76-Newton-Cannito2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2197", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Beto Brand\u00e3o", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/77-Beto-Brand\u00e3o1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/77-Beto-Brand\u00e3o1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2199", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Manoel Rangel", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/78-Manoel-Rangel1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/78-Manoel-Rangel1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2200", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Sabrina Fidalgo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/79-Sabrina-Fidalgo2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/79-Sabrina-Fidalgo2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2201", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ana Paula Lisboa", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/80-Ana-Paula-Lisboa2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/80-Ana-Paula-Lisboa2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2202", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Marta Dillon", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/81-Marta-Dillon2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/81-Marta-Dillon2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2203", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Renato Lessa", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/82-Renato-Lessa2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/82-Renato-Lessa2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2205", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Renato Rovai", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/83-Renato-Rovai2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/83-Renato-Rovai2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2207", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Miro Borges", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/84-Miro-Borges2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/84-Miro-Borges2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2208", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "S\u00e9rgio Besserman", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/85-S\u00e9rgio-Besserman2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/85-S\u00e9rgio-Besserman2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2209", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Rodrigo Savazoni", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/86-Rodrigo-Savazoni2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/86-Rodrigo-Savazoni2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2210", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Lindbergh Farias", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/87-Lindbergh-Farias2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/87-Lindbergh-Farias2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2212", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Antonio Martins", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/88-Antonio-Martins2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/88-Antonio-Martins2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2213", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Nilc\u00e9a Freire", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/90-Nilc\u00e9a-Freire2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/90-Nilc\u00e9a-Freire2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2216", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Maria Jos\u00e9 Cotrim", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/91-Maria-Jos\u00e9-Cotrim2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/91-Maria-Jos\u00e9-Cotrim2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2217", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Romina Napiloti", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/92-Romina-Napiloti2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/92-Romina-Napiloti2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2220", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Laryssa Sampaio", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/93-Laryssa-Sampaio2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/93-Laryssa-Sampaio2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2221", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Bia Barbosa", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/94-Bia-Barbosa2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/94-Bia-Barbosa2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2222", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Juli\u00e1n Quintero", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/95-Juli\u00e1n-Quintero2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/95-Juli\u00e1n-Quintero2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2223", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "M\u00e1rcia Anita Sprandel", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/96-M\u00e1rcia-Anita-Sprandel2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/96-M\u00e1rcia-Anita-Sprandel2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2224", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Adriano Jos\u00e9 Peirone", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/97-Adriano-Jos\u00e9-Peirone2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/97-Adriano-Jos\u00e9-Peirone2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2225", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Majo Giovo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/98-Majo-Giovo2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/98-Majo-Giovo2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2226", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Vida Morant", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/99-Vida-Morant2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/99-Vida-Morant2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2228", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Sabrina Duran", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/100-Sabrina-Duran1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/100-Sabrina-Duran1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2229", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Sabrina Cassini", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/101-Sabrina-Cassini2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/101-Sabrina-Cassini2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2230", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Javier de la Cueva", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/104-Javier-de-la-Cueva2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/104-Javier-de-la-Cueva2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2231", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Mar\u00eda Julia Mu\u00f1oz", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/105-Mar\u00eda-Julia-Mu\u00f1oz2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/105-Mar\u00eda-Julia-Mu\u00f1oz2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2233", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Pablo Pascale", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/106-Pablo-Pascale2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/106-Pablo-Pascale2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2234", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Alejandra Rojas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/107-Alejandra-Rojas1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/107-Alejandra-Rojas1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2236", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Alejandro Nario", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/108-Alejandro-Nario1-150x150.png", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/108-Alejandro-Nario1.png", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2237", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Maha Mamo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/109-Maha-Mamo1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/109-Maha-Mamo1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2238", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Melisa Ca\u00f1as", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/110-Melisa-Ca\u00f1as1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/110-Melisa-Ca\u00f1as1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2239", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Dina Candela", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/111-Dina-Candela1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/111-Dina-Candela1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2240", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Luelen Gemelli", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/113-Luelen-Gemelli1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/113-Luelen-Gemelli1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2242", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Joaquim Melo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/114-Joaquim-Melo1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/114-Joaquim-Melo1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2244", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Gloria Mu\u00f1oz Ramirez", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/115-Gloria-Mu\u00f1oz-Ramire1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/115-Gloria-Mu\u00f1oz-Ramire1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2246", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Fabian Villegas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/116-Fabian-Villegas1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/116-Fabian-Villegas1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2247", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "M\u00e3e Isabel", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/117-M\u00e3e-Isabel1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/117-M\u00e3e-Isabel1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2248", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Bia Granja", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/118-Bia-Granja1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/118-Bia-Granja1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2249", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Gauna Daniel", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/119-Gauna-Daniel1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/119-Gauna-Daniel1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2250", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Carlos Miranda", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/120-Carlos-Miranda1-150x150.jpeg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/120-Carlos-Miranda1.jpeg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2251", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Evandro Fi\u00f3ti", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/121-Evandro-Fi\u00f3ti1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/121-Evandro-Fi\u00f3ti1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2252", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jaime Manrique", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/122-Jaime-Manrique1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/122-Jaime-Manrique1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2253", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Julita Lemgruber", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/123-Julita-Lemgruber1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/123-Julita-Lemgruber1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2254", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Antonia Pellegrino", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/124-Antonia-Pellegrino1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/124-Antonia-Pellegrino1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2255", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ricardo Targino", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/125-Ricardo-Targino1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/125-Ricardo-Targino1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2256", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Eliane Costa", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/126-Eliane-Costa1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/126-Eliane-Costa1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2258", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Luiz Moncau", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/127-Luiz-Moncau1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/127-Luiz-Moncau1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2259", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Mariana Iacono", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/128-Mariana-Iacono2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/128-Mariana-Iacono2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2260", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Juan Espinoza", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/129-Juan-Espinoza2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/129-Juan-Espinoza2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2270", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Yasmani Diaz", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/130-Yasmani-Diaz2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/130-Yasmani-Diaz2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2271", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Germana Montalvo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/131-Germana-Montalvo2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/131-Germana-Montalvo2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2272", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Rebeca Lerer", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/132-Rebeca-Lerer2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/132-Rebeca-Lerer2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2273", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ana L\u00f3pez Ortego", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/133-Ana-L\u00f3pez-Ortego2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/133-Ana-L\u00f3pez-Ortego2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2274", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Eva Galperin", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/134-Eva-Galperin-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/134-Eva-Galperin.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2276", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Aurea Carolina", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/135-Aurea-Carolina-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/135-Aurea-Carolina.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2277", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Mauri Jos\u00e9 Vieira Cruz", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/136-Mauri-Jos\u00e9-Vieira-Cruz-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/136-Mauri-Jos\u00e9-Vieira-Cruz.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2278", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Cac\u00e1 Machado", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/137-Cac\u00e1-Machado-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/137-Cac\u00e1-Machado.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2287", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Daniel Souza", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/138-Daniel-Souza-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/138-Daniel-Souza.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2378", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ashley Yates", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/139-Ashley-Yates-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/139-Ashley-Yates.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2379", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Zezinho Yube", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/140-Zezinho-Yube-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/140-Zezinho-Yube.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2380", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "\u00c2ngela Guimar\u00e3es", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/141-ngela-Guimar\u00e3es-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/141-ngela-Guimar\u00e3es.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2381", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ruth Daniel", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/143-Ruth-Daniel-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/143-Ruth-Daniel.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2382", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Sidarta Ribeiro", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/144-Sidarta-Ribeiro-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/144-Sidarta-Ribeiro.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2383", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Mariano Viceconte", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/145-Mariano-Viceconte-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/145-Mariano-Viceconte.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2384", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Lala Deheinzelin", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/146-Lala-Deheinzelin-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/146-Lala-Deheinzelin.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2385", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Nalu Faria", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/147-Nalu-Faria-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/147-Nalu-Faria.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2386", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Atziri Elizabeth Avila Lopez", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/148-Atziri-Elizabeth-Avila-Lopez-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/148-Atziri-Elizabeth-Avila-Lopez.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2387", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "C\u00e1ssio Correia", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/149-C\u00e1ssio-Correia-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/149-C\u00e1ssio-Correia.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2388", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Denisia Martins Borba", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/150-Denisia-Martins-Borba-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/150-Denisia-Martins-Borba.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2389", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Elisangela Lima", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/151-Elisangela-Lima-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/151-Elisangela-Lima.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2390", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ana Morena", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/152-Ana-Morena-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/152-Ana-Morena.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2391", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Anderson Foca", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/153-Anderson-Foca-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/153-Anderson-Foca.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2392", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Henrique Fontes", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/154-Henrique-Fontes-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/154-Henrique-Fontes.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2393", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Everardo Aguiar", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/155-Everardo-Aguiar-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/155-Everardo-Aguiar.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2394", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Fabiana Batistela", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/156-Fabiana-Batistela-Brasil-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/156-Fabiana-Batistela-Brasil.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2396", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Fabr\u00edcio Nobre", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/157-Fabr\u00edcio-Nobre-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/157-Fabr\u00edcio-Nobre.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2397", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Johis Alarcon", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/158-Johis-Alarcon-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/158-Johis-Alarcon.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2398", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Gabriela Claros Ter\u00e1n", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/159-Gabriela-Claros-Ter\u00e1n-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/159-Gabriela-Claros-Ter\u00e1n.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2399", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Gabriela Sahonero Cuellar", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/160-Gabriela-Sahonero-Cuellar-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/160-Gabriela-Sahonero-Cuellar.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2400", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Heloisa Aidar", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/161-Heloisa-Aidar-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/161-Heloisa-Aidar.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2401", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Hinaldo de Castro Concei\u00e7\u00e3o", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/162-Hinaldo-de-Castro-Concei\u00e7\u00e3o-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/162-Hinaldo-de-Castro-Concei\u00e7\u00e3o.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2403", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Iara dos Santos Miguel", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/163-Iara-dos-Santos-Miguel-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/163-Iara-dos-Santos-Miguel.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2404", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jeferson Assum\u00e7\u00e3o", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/165-Jeferson-Assum\u00e7\u00e3o-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/165-Jeferson-Assum\u00e7\u00e3o.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2405", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Juca Ferreira", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/10/juca-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/10/juca.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2416", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Katia Brasil", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/171-Katia-Brasil1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/171-Katia-Brasil1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2579", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Amy Secada", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/404-Amy-Secada-EUA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/404-Amy-Secada-EUA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2581", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Carlos Vainer", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/422-Carlos-Vainer-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/422-Carlos-Vainer.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2584", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Paula Santoro", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/361-Paula-Santoro-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/361-Paula-Santoro.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2586", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Matteo Achilli", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/278-Matteo-Achilli1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/278-Matteo-Achilli1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2588", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ana Rol\u00f3n", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/439-Ana-Rol\u00f3n-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/439-Ana-Rol\u00f3n.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2590", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ti\u00e3o Rocha", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/215-Ti\u00e3o-Rocha1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/215-Ti\u00e3o-Rocha1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2592", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Seva Phillips", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/445-Seva-Phillips-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/445-Seva-Phillips.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2594", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ericka Gavinho", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/417-Ericka-Gavinho-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/417-Ericka-Gavinho-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2596", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Andr\u00e9a Pach\u00e1", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/345-Andr\u00e9a-Pach\u00e1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/345-Andr\u00e9a-Pach\u00e1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2598", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Aline Thuller", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/227-Aline-Thuller1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/227-Aline-Thuller1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2600", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Gabriel Godoy", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/234-Gabriel-Godoy1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/234-Gabriel-Godoy1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2602", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Pedro Mizukami", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/235-Pedro-Mizukami-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/235-Pedro-Mizukami.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2604", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Stephen Witt", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/280-Stephen-Witt-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/280-Stephen-Witt.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2606", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Paul Singer", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/257-Paul-Singer1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/257-Paul-Singer1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2609", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Marco Mar\u00edn", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/178-Marco-Mar\u00edn1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/178-Marco-Mar\u00edn1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2612", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Tereza Helena Gabrielli Barreto Campello", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/437-Tereza-Helena-Gabrielli-Barreto-Campello-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/437-Tereza-Helena-Gabrielli-Barreto-Campello-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2615", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Uir\u00e1 por\u00e3 Maia do Carmo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/219-Uir\u00e1por\u00e3-Maia-do-Carmo-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/219-Uir\u00e1por\u00e3-Maia-do-Carmo.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2618", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ellen Ol\u00e9ria", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/403-Ellen-Ol\u00e9ria-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/403-Ellen-Ol\u00e9ria-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2622", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Natacha Rena", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/265-Natacha-Rena1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/265-Natacha-Rena1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2630", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jo\u00e3o Lucas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/167-Jo\u00e3o-Lucas-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/167-Jo\u00e3o-Lucas.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2632", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Juan Carlos Cordero", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/169-Juan-Carlos-Cordero-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/169-Juan-Carlos-Cordero.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2633", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Junior Xukuru", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/170-Junior-Xukuru-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/170-Junior-Xukuru.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2636", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Layla Maryzandra Costa Silva", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/172-Layla-Maryzandra-Costa-Silva-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/172-Layla-Maryzandra-Costa-Silva.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2639", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Luc\u00eda Lago", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/173-Luc\u00eda-Lago-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/173-Luc\u00eda-Lago.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2640", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Lucimara Lag Kozicl\u00e3 Patt\u00e9", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/174-Lucimara-Lag-Kozicl\u00e3-Patt\u00e9-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/174-Lucimara-Lag-Kozicl\u00e3-Patt\u00e9.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2641", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Luis Henrique Cassis Fagundes", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/175-Luis-Henrique-Cassis-Fagundes-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/175-Luis-Henrique-Cassis-Fagundes.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2643", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "M\u00e3e Beth de Oxum", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/176-M\u00e3e-Beth-de-Oxum1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/176-M\u00e3e-Beth-de-Oxum1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2648", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Marcelo Bones", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/177-Marcelo-Bones1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/177-Marcelo-Bones1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2728", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Maria L\u00facia Goes Brito", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/180-Maria-L\u00facia-Goes-Brito1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/180-Maria-L\u00facia-Goes-Brito1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2729", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Mariano Brizuela", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/181-Mariano-Brizuela1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/181-Mariano-Brizuela1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2730", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Marina Garlen", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/182-Marina-Garlen1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/182-Marina-Garlen1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2732", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Marina Reidel", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/183-Marina-Reidel1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/183-Marina-Reidel1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2733", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Max Maciel", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/184-Max-Maciel1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/184-Max-Maciel1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2734", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "M\u00f4nica Shirley Brasil dos Santos e Silva", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/185-M\u00f4nica-Shirley-Brasil-dos-Santos-e-Silva1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/185-M\u00f4nica-Shirley-Brasil-dos-Santos-e-Silva1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2735", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "\u00d3scar Andrade", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/186-\u00d3scar-Andrade1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/186-\u00d3scar-Andrade1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2737", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Pablo Alvarez", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/187-Pablo-Alvarez1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/187-Pablo-Alvarez1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2740", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Paulo Z\u00e9 Barcellos", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/188-Paulo-Z\u00e9-Barcellos1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/188-Paulo-Z\u00e9-Barcellos1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2756", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Rodrigo Barata", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/191-Rodrigo-Barata1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/191-Rodrigo-Barata1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2757", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ruth Maria Scaff", 
            "defaultImageThumb": "", 
            "defaultImage": "", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2761", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Sebasti\u00e1n Sabini", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/193-Sebasti\u00e1n-Sabini1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/193-Sebasti\u00e1n-Sabini1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2783", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Shariana Ferrer N\u00fa\u00f1ez", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/194-Shariana-Ferrer-N\u00fa\u00f1ez1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/194-Shariana-Ferrer-N\u00fa\u00f1ez1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2785", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Silvana V\u00e1squez", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/195-Silvana-V\u00e1squez1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/195-Silvana-V\u00e1squez1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2786", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Susana Obando", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/197-Susana-Obando2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/197-Susana-Obando2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2787", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Vanessia Gomes", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/199-Vanessia-Gomes1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/199-Vanessia-Gomes1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2790", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "C\u00e9lio Rodrigues dos Santos", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/216-C\u00e9lio-Rodrigues-dos-Santos2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/216-C\u00e9lio-Rodrigues-dos-Santos2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2791", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ver\u00f3nica Patricia Ferrari G\u00e1lvez", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/200-Ver\u00f3nica-Patricia-Ferrari-G\u00e1lvez1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/200-Ver\u00f3nica-Patricia-Ferrari-G\u00e1lvez1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2793", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Claudio Prado", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/201-Claudio-Prado1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/201-Claudio-Prado1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2794", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Daniel Costa", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/202-Daniel-Costa1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/202-Daniel-Costa1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2797", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Joshi Leban", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/203-Joshi-Leban1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/203-Joshi-Leban1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2798", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Otto Ramos", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/204-Otto-Ramos1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/204-Otto-Ramos1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2799", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Vitor Sam\u00fadio", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/205-Vitor-Sam\u00fadio1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/205-Vitor-Sam\u00fadio1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2800", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Delson Cruz", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/206-Delson-Cruz1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/206-Delson-Cruz1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2801", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Vladimir Cunha", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/207-Vladimir-Cunha1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/207-Vladimir-Cunha1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2802", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Daniel Zen", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/208-Daniel-Zen1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/208-Daniel-Zen1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2803", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Rodrigo Forneck", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/209-Rodrigo-Forneck1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/209-Rodrigo-Forneck1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2804", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Turenko Be\u00e7a", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/210-Turenko-Be\u00e7a1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/210-Turenko-Be\u00e7a1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2805", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Bruno BO", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/211-Bruno-BO1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/211-Bruno-BO1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2806", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Negro Lamar", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/212-Negro-Lamar1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/212-Negro-Lamar1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2807", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Miguel Chikaoka", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/213-Miguel-Chikaoka1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/213-Miguel-Chikaoka1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2808", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jacila Barbosa", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/217-Jacila-Barbos1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/217-Jacila-Barbos1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2849", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jo\u00e3o Pedro Mariano dos Santos", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/218-Jo\u00e3o-Pedro-Mariano-dos-Santos1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/218-Jo\u00e3o-Pedro-Mariano-dos-Santos1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2850", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Rita ventura", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/220-Rita-ventura1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/220-Rita-ventura1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2851", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Edmar Bonfim (M\u00e3e Tuca)", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/221-Edmar-Bonfim-M\u00e3e-Tuca1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/221-Edmar-Bonfim-M\u00e3e-Tuca1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2852", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Paulo Motoryn", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/267-Paulo-Motoryn1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/267-Paulo-Motoryn1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2854", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jos\u00e9 Carlos Martins", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/274-Jos\u00e9-Carlos-Martins1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/274-Jos\u00e9-Carlos-Martins1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2855", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Lib\u00e9rio Uiagumeareu", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/279-Lib\u00e9rio-Uiagumeareu-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/279-Lib\u00e9rio-Uiagumeareu.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2861", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Vinicius Lima", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/281-Vinicius-Lima-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/281-Vinicius-Lima.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2862", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Vitor Santana", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/283-Vitor-Santana-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/283-Vitor-Santana.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2863", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Oriana Eli\u00e7abe", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/284-Oriana-Eli\u00e7abe-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/284-Oriana-Eli\u00e7abe.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2864", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Luke Bainbridge", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/285-Luke-Bainbridge-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/285-Luke-Bainbridge.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2865", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Gabriel Medina", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/286-Gabriel-Medina-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/286-Gabriel-Medina.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2866", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Luiza Cela", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/287-Luiza-Cela-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/287-Luiza-Cela-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2867", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Regina Novaes", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/288-Regina-Novaes-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/288-Regina-Novaes.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2868", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "T\u00e2mara Terso", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/289-T\u00e2mara-Terso-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/289-T\u00e2mara-Terso.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2869", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Samira Soares", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/290-Samira-Soares-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/290-Samira-Soares.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2872", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Bruno Ramos", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/291-Bruno-Ramos-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/11/291-Bruno-Ramos.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2874", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Raull Santiago", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/292-Raull-Santiago-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/292-Raull-Santiago.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2875", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "MC Aika", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/293-MC-Aika-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/293-MC-Aika.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2886", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Nath\u00e1lia Oliveira", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/295-Nath\u00e1lia-Oliveira-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/295-Nath\u00e1lia-Oliveira.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2887", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Escarlet Torrico", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/297-Escarlet-Torrico-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/297-Escarlet-Torrico.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2888", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Marcelino Granja de Menezes", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/298-Marcelino-Granja-de-Menezes-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/298-Marcelino-Granja-de-Menezes.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2889", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Carlos Henrique Laborda Chenaud", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/299-Carlos-Henrique-Laborda-Chenaud-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/299-Carlos-Henrique-Laborda-Chenaud.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2890", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Linha Dura (Paulo \u00c1vila)", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/300-Linha-Dura-Paulo-\u00c1vila-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/300-Linha-Dura-Paulo-\u00c1vila.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2892", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "L\u2019Orangelis Thomas Negron", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/301-L\u2019Orangelis-Thomas-Negron-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/301-L\u2019Orangelis-Thomas-Negron.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2893", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Andr\u00e9 Barbosa", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/302-Andr\u00e9-Barbosa-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/302-Andr\u00e9-Barbosa.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2894", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Andr\u00e9 Luiz Maia Lima", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/303-Andr\u00e9-Luiz-Maia-Lima-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/303-Andr\u00e9-Luiz-Maia-Lima.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2896", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Luasses Gon\u00e7alves dos Santos", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/304-Luasses-Gon\u00e7alves-dos-Santos-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/304-Luasses-Gon\u00e7alves-dos-Santos.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2898", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Zara Snapp", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/306-Zara-Snapp-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/306-Zara-Snapp.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2909", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Francisco das Chagas Silva", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/307-Francisco-das-Chagas-Silva-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/307-Francisco-das-Chagas-Silva.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2911", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jonayna Rodrigues", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/308-Jonayna-Rodrigues-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/308-Jonayna-Rodrigues.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2912", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Eunice Antunes", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/313-Eunice-Antunes-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/313-Eunice-Antunes.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2913", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Thiago Cury", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/317-Thiago-Cury-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/317-Thiago-Cury.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2914", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Norval Verbari", 
            "defaultImageThumb": "", 
            "defaultImage": "", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2915", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Marinildes Pires", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/322-Marinildes-Pires-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/322-Marinildes-Pires.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2918", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Joyce Athi\u00ea", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/324-Joyce-Athi\u00ea-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/324-Joyce-Athi\u00ea.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2919", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "David Lopez Gomez", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/328-David-lopez-gomez-EQUA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/328-David-lopez-gomez-EQUA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2924", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Santiago P\u00e9rez del Castillo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/331-Santiago-P\u00e9rez-del-Castillo-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/331-Santiago-P\u00e9rez-del-Castillo.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2955", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Diego Puntigliano", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/335-Diego-Puntigliano-URU-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/335-Diego-Puntigliano-URU.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2972", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Denisse Legrand", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/337-Denisse-Legrand-URU1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/337-Denisse-Legrand-URU1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2975", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "\u00c1lvaro Delgado Vivas", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/339-\u00c1lvaro-Delgado-Vivas-URU1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/339-\u00c1lvaro-Delgado-Vivas-URU1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2976", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Filipe Mello", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/357-Filipe-Mello-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/357-Filipe-Mello.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2980", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Lis Kogan", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/360-Lis-Kogan-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/360-Lis-Kogan.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2985", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Thiago Vinicius", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/363-Thiago-Vinicius-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/363-Thiago-Vinicius.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2986", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Vitor Teixeira", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/364-Vitor-Teixeira-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/364-Vitor-Teixeira.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2988", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Pedro Duarte", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/365-Pedro-Duarte-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/365-Pedro-Duarte.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2990", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "David G\u00e1mez", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/368-David-G\u00e1mez-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/368-David-G\u00e1mez.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2991", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Rodger Richer", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/371-Rodger-Richer-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/371-Rodger-Richer.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2995", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Herlon Miguel", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/372-Herlon-Miguel-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/372-Herlon-Miguel.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "2996", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Juliano Basso", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/373-Juliano-Basso1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/373-Juliano-Basso1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3025", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Miguel Jaenicke", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/374-MIGUEL-JAENICKE-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/374-MIGUEL-JAENICKE.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3026", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Marcelo Jasmin", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/375-Marcelo-Jasmin-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/375-Marcelo-Jasmin.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3027", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Lindolfo Amaral", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/378-Lindolfo-Amaral-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/378-Lindolfo-Amaral.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3028", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Miguel Jaenicke Fontao", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/392-Miguel-Jaenicke-Fontao-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/392-Miguel-Jaenicke-Fontao.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3029", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Andrea Goetzke", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/396-Andrea-Goetzke-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/396-Andrea-Goetzke.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3088", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Pablo Ferreyra", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/397-Pablo-Ferreyra-ARG-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/397-Pablo-Ferreyra-ARG.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3090", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "M\u00e3e Rita do Acaraj\u00e9", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/399-M\u00e3e-Rita-do-Acaraj\u00e9-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/399-M\u00e3e-Rita-do-Acaraj\u00e9-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3091", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Neguin", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/406-Neguin-BRa-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/406-Neguin-BRa.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3092", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Warley Alves", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/410-Warley-Alves-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/410-Warley-Alves-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3093", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Natasha Virg\u00edlio", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/414-Natasha-Virg\u00edlio-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/414-Natasha-Virg\u00edlio-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3094", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Gabriela Rivadeneira", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/421-Gabriela-Rivadeneira-EQUA1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/421-Gabriela-Rivadeneira-EQUA1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3095", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Bruna Rocha", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/425-Bruna-Rocha1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/425-Bruna-Rocha1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3110", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Nega Gizza", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/428-Nega-Gizza-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/428-Nega-Gizza.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3111", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Willy Miranda Silva", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/438-Willy-Miranda-Silva-BRA2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/438-Willy-Miranda-Silva-BRA2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3113", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Andrea Navea Valenzuela", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/442-Andrea-Navea-Valenzuela2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/442-Andrea-Navea-Valenzuela2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3124", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Volnei Canonica", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/451-Volnei-Canonica-BRA2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/451-Volnei-Canonica-BRA2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3125", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Gustavo Pacheco", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/454-Gustavo-Pacheco1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/454-Gustavo-Pacheco1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3126", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Clarice Calixto", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/455-Clarice-Calixto2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/455-Clarice-Calixto2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3127", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Liniker", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/456-Liniker2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/456-Liniker2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3129", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Dona Neide", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/461-Dona-Neide-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/461-Dona-Neide.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3130", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Maca\u00e9 Evaristo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/464-Maca\u00e9-Evaristo1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/464-Maca\u00e9-Evaristo1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3131", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Francisco Py\u00e3ko", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/467-Francisco-Py\u00e3ko-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/467-Francisco-Py\u00e3ko-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3132", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Joana Varon", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/468-Joana-Veron-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/468-Joana-Veron-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3135", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Thamis Dalsenter", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/469-Thamis-Dalsenter-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/469-Thamis-Dalsenter-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3148", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Daphne Rattner", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/470-Daphne-Rattner-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/470-Daphne-Rattner-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3149", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Marcos Renato de Carvalho", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/471-Marcos-Renato-de-Carvalho-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/471-Marcos-Renato-de-Carvalho-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3151", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Roberta Cal\u00e1bria", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/472-Roberta-Cal\u00e1bria-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/472-Roberta-Cal\u00e1bria-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3152", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Fadynha", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/473-Fadynha-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/473-Fadynha.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3154", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Heloisa Primavera", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/352-Heloisa-Primavera-ARG-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/352-Heloisa-Primavera-ARG.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3157", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Beatriz Cerqueira", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/323-Beatriz-Cerqueira-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/323-Beatriz-Cerqueira-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3165", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Francisco Piy\u00e3ko", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/324-Francisco-Piy\u00e3ko-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/324-Francisco-Piy\u00e3ko-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3166", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Luciane Barros - Africa Plus Size", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/334-Luciane-Barros-Africa-Plus-Size-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/334-Luciane-Barros-Africa-Plus-Size-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3167", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jacke Oliveira - ONG Hip Hop Mulher", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/335-Jacke-Oliveira-ONG-Hip-Hop-Mulher-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/335-Jacke-Oliveira-ONG-Hip-Hop-Mulher-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3168", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jurema Machado", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/349-Jurema-Machado-BRA-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/349-Jurema-Machado-BRA.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3169", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Leonardo Casalinho", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/103-Leonardo-Casalinho-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/103-Leonardo-Casalinho.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3175", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Eliane Dias", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/photo46287567379868885-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/photo46287567379868885-e1449099974483.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3188", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Carlos Vainer", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/vainer2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/vainer2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3254", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Gabriela Rivadeneira", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/421-Gabriela-Rivadeneira-EQUA2-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/421-Gabriela-Rivadeneira-EQUA2.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3296", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "L\u00edvia Ascava", 
            "defaultImageThumb": "", 
            "defaultImage": "", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3298", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Fernando Haddad", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/Untitled-1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/Untitled-1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3299", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Julita Lemgruber", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/02-julita_lemgruber-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/02-julita_lemgruber.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3302", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Valdirene Daufemback", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/03-Valdirene-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/03-Valdirene.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3305", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Coron\u00e9l Ibis", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/04-Coron\u00e9l-Ibis-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/04-Coron\u00e9l-Ibis.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3310", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Pablo Capil\u00e9", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/05-Pablo-Capil\u00e9-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/05-Pablo-Capil\u00e9.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3312", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jos\u00e9 de Lima Kaxinaw\u00e1", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/225-Jos\u00e9-de-Lima-Kaxinaw\u00e1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/225-Jos\u00e9-de-Lima-Kaxinaw\u00e1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3314", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Xico Teixeira", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/228-Xico-Teixeira-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/228-Xico-Teixeira.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3316", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Pedro Tourinho", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/229-Pedro-Tourinho-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/229-Pedro-Tourinho.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3318", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Aderbal Ashogun", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/230-Aderbal-Ashogun-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/230-Aderbal-Ashogun.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3320", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Jo\u00e3o Gualberto", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/231-Jo\u00e3o-Gualberto-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/231-Jo\u00e3o-Gualberto.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3322", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Erika Castellano", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/233-Erika-Castellano-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/233-Erika-Castellano.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3329", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Lu\u00edse Bello", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/237-Lu\u00edse-Bello-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/237-Lu\u00edse-Bello.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3332", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Santiago Soto", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/238-Santiago-Soto-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/238-Santiago-Soto.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3334", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Linda Criollo", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/240-Linda-Criollo-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/240-Linda-Criollo.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3336", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Micaela Tavara", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/244-Micaela-Tavara-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/244-Micaela-Tavara.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3338", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Juan Carlos Junio", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/247-Juan-Carlos-Junio-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/247-Juan-Carlos-Junio.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3340", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Julia Narcy", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/248-Julia-Narcy-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/248-Julia-Narcy.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3343", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ivan Ferraro", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/249-Ivan-Ferraro-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/249-Ivan-Ferraro.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3346", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Juan Aranovich", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/250-Juan-Aranovich-150x150.jpeg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/250-Juan-Aranovich.jpeg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3348", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "M\u00e3e Beata de Iemanj\u00e1", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/M\u00e3e-Beata-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/M\u00e3e-Beata.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3355", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Neto Barros", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/Neto-Barros-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/Neto-Barros.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3358", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Ol\u00edvio Dutra", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/Ol\u00edvio-Dutra-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/Ol\u00edvio-Dutra.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3369", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Eduardo Mattedi", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/WeBSjU6m-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/WeBSjU6m.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3379", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Carlos Santos", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/1904241_10203897054199383_79658308163890883_n-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/1904241_10203897054199383_79658308163890883_n.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3381", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Maria Fr\u00f4", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/23082014_MARIA_FRO-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/23082014_MARIA_FRO.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3383", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Vitor Teixeira", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/df857acb-b751-4d4a-b8b7-6ddf70aaf33b-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/df857acb-b751-4d4a-b8b7-6ddf70aaf33b.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3385", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Edu Alves", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/edu1-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/edu1.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3387", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Andrea Dip", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/andreadip-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/andreadip.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3389", 
            "description": ""
        }, 
        {
            "speaker_title": "", 
            "name": "Emerson Marques", 
            "defaultImageThumb": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/zDtQvJ6-150x150.jpg", 
            "defaultImage": "http://emergencias.cultura.gov.br/wp-content/uploads/2015/12/zDtQvJ6.jpg", 
            "speaker_keynote": "", 
            "shortDescription": "", 
            "id": "3394", 
            "description": ""
        }
    ]
};