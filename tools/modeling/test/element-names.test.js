'use strict';

const { verify, processXml, rule } = require('../testing/rule-tester');

const SPLIT = `
  <bpmn:exclusiveGateway id="Gateway_Route" name="Which route?">
    <bpmn:outgoing>Flow_Yes</bpmn:outgoing>
    <bpmn:outgoing>Flow_No</bpmn:outgoing>
  </bpmn:exclusiveGateway>
  <bpmn:task id="Task_A" name="A" />
  <bpmn:task id="Task_B" name="B" />`;

verify('element-names', rule('element-names'), {
  valid: [
    {
      name: 'named nodes and gateway branches, unnamed plain flows',
      moddleElement: processXml(`${SPLIT}
        <bpmn:sequenceFlow id="Flow_Yes" name="yes" sourceRef="Gateway_Route" targetRef="Task_A" />
        <bpmn:sequenceFlow id="Flow_No" name="no" sourceRef="Gateway_Route" targetRef="Task_B" />
        <bpmn:sequenceFlow id="Flow_AB" sourceRef="Task_A" targetRef="Task_B" />`)
    },
    {
      name: 'flows out of an event-based gateway are named by their events',
      moddleElement: processXml(`
        <bpmn:eventBasedGateway id="Gateway_Wait" name="Wait for">
          <bpmn:outgoing>Flow_Msg</bpmn:outgoing>
          <bpmn:outgoing>Flow_Timer</bpmn:outgoing>
        </bpmn:eventBasedGateway>
        <bpmn:intermediateCatchEvent id="Event_Msg" name="Resignation received" />
        <bpmn:intermediateCatchEvent id="Event_Timer" name="Deadline passed" />
        <bpmn:sequenceFlow id="Flow_Msg" sourceRef="Gateway_Wait" targetRef="Event_Msg" />
        <bpmn:sequenceFlow id="Flow_Timer" sourceRef="Gateway_Wait" targetRef="Event_Timer" />`)
    },
    {
      name: 'a parallel split asks no question: its flows stay unnamed',
      moddleElement: processXml(`
        <bpmn:parallelGateway id="Gateway_Both" name="Do both">
          <bpmn:outgoing>Flow_One</bpmn:outgoing>
          <bpmn:outgoing>Flow_Two</bpmn:outgoing>
        </bpmn:parallelGateway>
        <bpmn:task id="Task_A" name="A" />
        <bpmn:task id="Task_B" name="B" />
        <bpmn:sequenceFlow id="Flow_One" sourceRef="Gateway_Both" targetRef="Task_A" />
        <bpmn:sequenceFlow id="Flow_Two" sourceRef="Gateway_Both" targetRef="Task_B" />`)
    }
  ],
  invalid: [
    {
      name: 'unnamed task, event, joining gateway, sub-process',
      moddleElement: processXml(`
        <bpmn:startEvent id="Event_Start" />
        <bpmn:userTask id="Task_Visit" name="  " />
        <bpmn:parallelGateway id="Gateway_Join" />
        <bpmn:subProcess id="Activity_FollowUp" />`),
      report: [
        { id: 'Event_Start', message: 'Element has no name', path: [ 'name' ] },
        { id: 'Task_Visit', message: 'Element has no name', path: [ 'name' ] },
        { id: 'Gateway_Join', message: 'Element has no name', path: [ 'name' ] },
        { id: 'Activity_FollowUp', message: 'Element has no name', path: [ 'name' ] }
      ]
    },
    {
      name: 'unnamed branch of a gateway',
      moddleElement: processXml(`${SPLIT}
        <bpmn:sequenceFlow id="Flow_Yes" name="yes" sourceRef="Gateway_Route" targetRef="Task_A" />
        <bpmn:sequenceFlow id="Flow_No" sourceRef="Gateway_Route" targetRef="Task_B" />`),
      report: { id: 'Flow_No', message: 'Sequence flow out of gateway <Gateway_Route> has no name', path: [ 'name' ] }
    }
  ]
});
